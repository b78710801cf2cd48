package vn.dialogue.participant;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.text.Nfc;

/**
 * One person on a delegate list: who they are, whom they represent, and where they sit in the plan (a delegate
 * group at the main hall or at a bridge point, in a role). Immutable and thread-safe.
 *
 * <p>Text is kept as written (NFC, trimmed; blank optional text becomes null). Construction rejects what cannot
 * be a delegate: a malformed id, a name with digits or symbols, a phone number that is not one, an e-mail
 * without its {@code @}. Whether the group and venue exist in a plan is a check, not an invariant: see
 * {@link DelegateChecks}.
 *
 * @param id             stable key, e.g. {@code nguyen-thi-hoa}; pins, invitations and cards refer to it
 * @param name           the name as written, with its parts
 * @param title          title or position ("Chức vụ"), as written, or null
 * @param organisation   the organisation as written ("Đơn vị"), or null
 * @param organisationId id of that organisation in the plan's registry, when known, or null
 * @param unit           id of the administrative unit the delegate comes from, or null
 * @param gender         gender
 * @param ethnicity      ethnicity as written ("Kinh", "Xơ Đăng", "Ba Na"), or null when not stated
 * @param phone          phone number as written, or null
 * @param email          e-mail address, or null
 * @param group          id of the plan's delegate group the delegate belongs to
 * @param venue          id of the venue: the main hall or a bridge point's room
 * @param role           the part the delegate plays
 * @param note           a remark as written ("Ghi chú"), or null
 */
public record Delegate(String id, PersonName name, @Nullable String title, @Nullable String organisation,
                       @Nullable String organisationId, @Nullable String unit, Gender gender,
                       @Nullable String ethnicity, @Nullable String phone, @Nullable String email, String group,
                       String venue, DelegateRole role, @Nullable String note) {

    private static final Pattern PHONE_CHARS = Pattern.compile("[0-9 .+()\\-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * Checks the fields and normalises the text: optional text in NFC and trimmed, blank becoming null.
     *
     * @param id             stable key: ASCII letters, digits, dot, underscore and hyphen, at most 128 characters
     * @param name           the name as written
     * @param title          title or position, or null
     * @param organisation   the organisation as written, or null
     * @param organisationId registry id of that organisation, a key, or null
     * @param unit           id of the administrative unit, a key, or null
     * @param gender         gender
     * @param ethnicity      ethnicity as written, or null
     * @param phone          phone number: digits, spaces, {@code + . - ( )}, 8 to 15 digits; or null
     * @param email          e-mail address ({@code name@domain}), or null
     * @param group          id of the delegate group, a key
     * @param venue          id of the venue, a key
     * @param role           the part the delegate plays
     * @param note           a remark, or null
     * @throws NullPointerException     if {@code id}, {@code name}, {@code gender}, {@code group}, {@code venue} or
     *                                  {@code role} is null
     * @throws IllegalArgumentException if a key is malformed, or the phone or e-mail is not one, saying which
     */
    public Delegate {
        id = Ids.require(id, "id");
        Objects.requireNonNull(name, "name");
        title = optional(title);
        organisation = optional(organisation);
        organisationId = Ids.optional(organisationId, "organisationId");
        unit = Ids.optional(unit, "unit");
        Objects.requireNonNull(gender, "gender");
        ethnicity = optional(ethnicity);
        phone = optional(phone);
        if (phone != null && phoneProblem(phone) != null) {
            throw new IllegalArgumentException(phoneProblem(phone));
        }
        email = optional(email);
        if (email != null && emailProblem(email) != null) {
            throw new IllegalArgumentException(emailProblem(email));
        }
        group = Ids.require(group, "group");
        venue = Ids.require(venue, "venue");
        Objects.requireNonNull(role, "role");
        note = optional(note);
    }

    /**
     * A builder for a delegate with the fields every delegate has; the rest default to null. Nothing is checked
     * until {@link Builder#build()}.
     *
     * @param id     stable key
     * @param name   the name as written
     * @param gender gender
     * @param group  id of the delegate group
     * @param venue  id of the venue
     * @param role   the part the delegate plays
     * @return a new builder; never null
     */
    public static Builder builder(String id, PersonName name, Gender gender, String group, String venue,
                                  DelegateRole role) {
        return new Builder(id, name, gender, group, venue, role);
    }

    /**
     * A builder holding this delegate's values, for a changed copy.
     *
     * @return a new builder; never null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The name as written.
     *
     * @return {@code name().fullName()}; never null
     */
    public String fullName() {
        return name.fullName();
    }

    /**
     * Whether the delegate belongs to an ethnic minority: an ethnicity is stated and it is not {@code majority}.
     *
     * @param majority the majority ethnicity, e.g. {@code "Kinh"}; compared in NFC, trimmed, ignoring case
     * @return false when no ethnicity is stated
     * @throws NullPointerException if {@code majority} is null
     */
    public boolean isEthnicMinority(String majority) {
        Objects.requireNonNull(majority, "majority");
        return ethnicity != null
                && !ethnicity.toLowerCase(Locale.ROOT).equals(Nfc.of(majority).strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A copy at another venue; everything else stays.
     *
     * @param newVenue id of the venue
     * @return the new delegate; never null
     * @throws IllegalArgumentException if {@code newVenue} is not a valid key
     */
    public Delegate withVenue(String newVenue) {
        return toBuilder().venue(newVenue).build();
    }

    /**
     * A copy in another group; everything else stays.
     *
     * @param newGroup id of the delegate group
     * @return the new delegate; never null
     * @throws IllegalArgumentException if {@code newGroup} is not a valid key
     */
    public Delegate withGroup(String newGroup) {
        return toBuilder().group(newGroup).build();
    }

    /**
     * A copy in another role; everything else stays.
     *
     * @param newRole the part the delegate plays
     * @return the new delegate; never null
     * @throws NullPointerException if {@code newRole} is null
     */
    public Delegate withRole(DelegateRole newRole) {
        return toBuilder().role(newRole).build();
    }

    private static @Nullable String optional(@Nullable String text) {
        String t = Nfc.normalize(text);
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** Why {@code phone} is not a phone number, or null when it is one. */
    static @Nullable String phoneProblem(String phone) {
        if (!PHONE_CHARS.matcher(phone).matches()) {
            return "phone '" + phone + "' holds characters other than digits, spaces, '+', '.', '-', '(' and ')'";
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        if (digits < 8 || digits > 15) {
            return "phone '" + phone + "' has " + digits + " digits; a phone number has 8 to 15";
        }
        return null;
    }

    /** Why {@code email} is not an e-mail address, or null when it is one. */
    static @Nullable String emailProblem(String email) {
        return EMAIL.matcher(email).matches() ? null : "e-mail '" + email + "' is not an address (name@domain)";
    }

    @Override
    public String toString() {
        return id + " " + name.fullName() + " (" + role + ", " + group + " @ " + venue + ")";
    }

    /** Assembles a {@link Delegate}; {@link #build()} checks it. Not thread-safe. */
    public static final class Builder {
        private String id;
        private PersonName name;
        private @Nullable String title;
        private @Nullable String organisation;
        private @Nullable String organisationId;
        private @Nullable String unit;
        private Gender gender;
        private @Nullable String ethnicity;
        private @Nullable String phone;
        private @Nullable String email;
        private String group;
        private String venue;
        private DelegateRole role;
        private @Nullable String note;

        private Builder(String id, PersonName name, Gender gender, String group, String venue, DelegateRole role) {
            this.id = id;
            this.name = name;
            this.gender = gender;
            this.group = group;
            this.venue = venue;
            this.role = role;
        }

        private Builder(Delegate d) {
            this(d.id, d.name, d.gender, d.group, d.venue, d.role);
            title = d.title;
            organisation = d.organisation;
            organisationId = d.organisationId;
            unit = d.unit;
            ethnicity = d.ethnicity;
            phone = d.phone;
            email = d.email;
            note = d.note;
        }

        /**
         * Sets the stable key.
         *
         * @param value the key; checked on {@link #build()}
         * @return this builder
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name as written
         * @return this builder
         */
        public Builder name(PersonName value) {
            name = value;
            return this;
        }

        /**
         * Sets the title or position; blank text becomes null on {@link #build()}.
         *
         * @param value the title as written, or null
         * @return this builder
         */
        public Builder title(@Nullable String value) {
            title = value;
            return this;
        }

        /**
         * Sets the organisation as written, and its registry id when known.
         *
         * @param text       the organisation as written, or null
         * @param registryId its id in the plan's registry, or null
         * @return this builder
         */
        public Builder organisation(@Nullable String text, @Nullable String registryId) {
            organisation = text;
            organisationId = registryId;
            return this;
        }

        /**
         * Sets the administrative unit the delegate comes from.
         *
         * @param value the unit's id, or null
         * @return this builder
         */
        public Builder unit(@Nullable String value) {
            unit = value;
            return this;
        }

        /**
         * Sets the gender.
         *
         * @param value the gender
         * @return this builder
         */
        public Builder gender(Gender value) {
            gender = value;
            return this;
        }

        /**
         * Sets the ethnicity; blank text becomes null on {@link #build()}.
         *
         * @param value the ethnicity as written, or null
         * @return this builder
         */
        public Builder ethnicity(@Nullable String value) {
            ethnicity = value;
            return this;
        }

        /**
         * Sets the phone number; blank text becomes null on {@link #build()}.
         *
         * @param value the phone number as written, or null
         * @return this builder
         */
        public Builder phone(@Nullable String value) {
            phone = value;
            return this;
        }

        /**
         * Sets the e-mail address; blank text becomes null on {@link #build()}.
         *
         * @param value the address, or null
         * @return this builder
         */
        public Builder email(@Nullable String value) {
            email = value;
            return this;
        }

        /**
         * Sets the delegate group.
         *
         * @param value the group's id
         * @return this builder
         */
        public Builder group(String value) {
            group = value;
            return this;
        }

        /**
         * Sets the venue.
         *
         * @param value the venue's id
         * @return this builder
         */
        public Builder venue(String value) {
            venue = value;
            return this;
        }

        /**
         * Sets the role.
         *
         * @param value the part the delegate plays
         * @return this builder
         */
        public Builder role(DelegateRole value) {
            role = value;
            return this;
        }

        /**
         * Sets the remark; blank text becomes null on {@link #build()}.
         *
         * @param value the remark as written, or null
         * @return this builder
         */
        public Builder note(@Nullable String value) {
            note = value;
            return this;
        }

        /**
         * The delegate the builder holds, checked as the record's constructor checks it.
         *
         * @return the delegate; never null
         * @throws NullPointerException     if a field every delegate has is null
         * @throws IllegalArgumentException if a key is malformed, or the phone or e-mail is not one
         */
        public Delegate build() {
            return new Delegate(id, name, title, organisation, organisationId, unit, gender, ethnicity, phone, email,
                    group, venue, role, note);
        }
    }
}
