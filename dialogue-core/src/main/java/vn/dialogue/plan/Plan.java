package vn.dialogue.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.Ids;
import vn.dialogue.organisation.Registry;
import vn.dialogue.text.Nfc;
import vn.dialogue.venue.Venue;

/**
 * A plan (Kế hoạch) for a dialogue programme: everything the document holds, typed.
 *
 * <p>A plan may be a draft, incomplete by nature: construction checks only what would make the object
 * meaningless (blank ids, impossible dates, negative counts). Completeness and consistency are reported by
 * {@code vn.dialogue.check.PlanChecker} as findings. Immutable and thread-safe; {@code with*} methods and
 * {@link #toBuilder()} return new instances.
 *
 * @param id             stable key of the plan, e.g. {@code kon-tum-2024-phu-nu}
 * @param status         draft or issued
 * @param audience       who the chair meets, as the documents name them: "phụ nữ", "thanh niên", "nông dân"...
 * @param identity       header: issuer, type, number, symbol, place, date, subject
 * @param legalBases     documents the plan rests on, in order
 * @param preamble       the opening paragraph as written ("Thực hiện chỉ đạo ..."), or null to compose it
 * @param purposes       section I.1 bullets
 * @param requirements   section I.2 paragraphs
 * @param theme          section II.1, the theme, without quotation marks
 * @param topics         section II.2, the dialogue topics
 * @param format         section II.3, main venue and bridge points
 * @param sessions       section III.1, one or more sittings
 * @param agenda         the programme of the session, in order; carried-over commitments first
 * @param venues         venues referenced by the format and attendance
 * @param attendance     section IV, per venue or per bridge point
 * @param funding        section V, funding lines
 * @param implementation section VI
 * @param recipients     "Nơi nhận", in order
 * @param archive        the archive line's entries, e.g. ["VT", "KGVX.NTMD"]
 * @param signature      the signature block, or null while unknown
 * @param registry       the levels, units and organisations referenced
 * @param roles          who may do what in this dialogue: an action of the question lifecycle (e.g.
 *                       {@code moderate}, {@code route}, {@code record-live-outcome}) to the role names allowed to do
 *                       it; actions left out keep the library's defaults (see {@code RolePolicy.forPlan})
 */
public record Plan(String id, PlanStatus status, @Nullable String audience, @Valid DocumentIdentity identity,
                   List<@Valid LegalBasis> legalBases, @Nullable String preamble, List<String> purposes,
                   List<String> requirements,
                   @NotBlank(message = "{dialogue.plan.theme.required}") @Nullable String theme,
                   @NotEmpty(message = "{dialogue.plan.topics.required}") List<@Valid Topic> topics,
                   @NotNull(message = "{dialogue.plan.format.required}") @Valid @Nullable DialogueFormat format,
                   @NotEmpty(message = "{dialogue.plan.sessions.required}") List<@Valid Session> sessions,
                   List<@Valid AgendaItem> agenda,
                   List<@Valid Venue> venues, List<@Valid VenueAttendance> attendance, List<FundingLine> funding,
                   @Valid Implementation implementation,
                   @NotEmpty(groups = Issued.class, message = "{dialogue.plan.recipients.required}") List<Recipient> recipients,
                   @NotEmpty(groups = Issued.class, message = "{dialogue.plan.archive.required}") List<String> archive,
                   @NotNull(groups = Issued.class, message = "{dialogue.plan.signature.required}") @Valid @Nullable Signature signature,
                   Registry registry, Map<String, List<String>> roles) {

    /**
     * Checks the components and normalises them (texts to Unicode NFC, collections copied, unmodifiable).
     *
     * @param id stable key of the plan, e.g. {@code kon-tum-2024-phu-nu}
     * @param status draft or issued
     * @param audience who the chair meets, as the documents name them: "phụ nữ", "thanh niên", "nông dân"...
     * @param identity header: issuer, type, number, symbol, place, date, subject
     * @param legalBases documents the plan rests on, in order
     * @param preamble the opening paragraph as written ("Thực hiện chỉ đạo ..."), or null to compose it
     * @param purposes section I.1 bullets
     * @param requirements section I.2 paragraphs
     * @param theme section II.1, the theme, without quotation marks
     * @param topics section II.2, the dialogue topics
     * @param format section II.3, main venue and bridge points
     * @param sessions section III.1, one or more sittings
     * @param agenda the programme of the session, in order; carried-over commitments first
     * @param venues venues referenced by the format and attendance
     * @param attendance section IV, per venue or per bridge point
     * @param funding section V, funding lines
     * @param implementation section VI
     * @param recipients "Nơi nhận", in order
     * @param archive the archive line's entries, e.g. ["VT", "KGVX.NTMD"]
     * @param signature the signature block, or null while unknown
     * @param registry the levels, units and organisations referenced
     * @param roles who may do what in this dialogue: an action of the question lifecycle (e.g. {@code moderate}, {@code
     *              route}, {@code record-live-outcome}) to the role names allowed to do it; actions left out keep the
     *              library's defaults (see {@code RolePolicy.forPlan})
     * @throws IllegalArgumentException if a component is not valid; the message says which and why
     * @throws NullPointerException if a required component is null
     */
    public Plan {
        id = Ids.require(id, "id");
        status = status == null ? PlanStatus.DRAFT : status;
        audience = Nfc.normalize(audience);
        Objects.requireNonNull(identity, "identity");
        legalBases = copy(legalBases);
        preamble = Nfc.normalize(preamble);
        purposes = Nfc.all(purposes);
        requirements = Nfc.all(requirements);
        theme = Nfc.normalize(theme);
        topics = copy(topics);
        sessions = copy(sessions);
        agenda = copy(agenda);
        venues = copy(venues);
        attendance = copy(attendance);
        funding = copy(funding);
        implementation = implementation == null ? Implementation.empty() : implementation;
        recipients = copy(recipients);
        archive = Nfc.all(archive);
        registry = registry == null ? Registry.empty() : registry;
        roles = roles == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(roles.entrySet().stream()
                .collect(Collectors.toMap(e -> Ids.require(e.getKey(), "roles key"),
                        e -> e.getValue() == null ? List.<String>of() : List.copyOf(e.getValue())))));
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A builder for a new plan.
     *
     * @param id stable key of the plan, e.g. {@code kon-tum-2024-phu-nu}
     * @param identity header: issuer, type, number, symbol, place, date, subject
     * @return a builder for a new plan
     */
    public static Builder builder(String id, DocumentIdentity identity) {
        return new Builder(id, identity);
    }

    /**
     * A builder holding this plan's values.
     *
     * @return a builder holding this plan's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The plan's year: the year of its issue date, else of its first session.
     *
     * @return the plan's year: the year of its issue date, else of its first session
     */
    public int year() {
        if (identity.issueDate() != null) {
            return identity.issueDate().year();
        }
        return sessions.isEmpty() ? 0 : sessions.get(0).year();
    }

    /**
     * Every task of section VI with its effective owners and its path in the plan file, in order.
     *
     * @return every task of section VI with its effective owners and its path in the plan file, in order
     */
    public List<PlannedTask> tasks() {
        List<PlannedTask> all = new ArrayList<>();
        List<ImplementationPart> parts = implementation.parts();
        for (int p = 0; p < parts.size(); p++) {
            List<Assignment> assignments = parts.get(p).assignments();
            for (int a = 0; a < assignments.size(); a++) {
                Assignment assignment = assignments.get(a);
                for (int t = 0; t < assignment.tasks().size(); t++) {
                    Task task = assignment.tasks().get(t);
                    List<String> owners = task.owners().isEmpty() ? assignment.owners() : task.owners();
                    all.add(new PlannedTask(task, owners, "implementation.parts[" + p + "].assignments[" + a
                            + "].tasks[" + t + "]"));
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * The task with this id.
     *
     * @param taskId the task's id
     * @return the task with this id
     */
    public Optional<PlannedTask> task(String taskId) {
        return tasks().stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /**
     * The venue with this id.
     *
     * @param venueId the venue's id
     * @return the venue, if the plan has it
     */
    public Optional<Venue> venue(String venueId) {
        return venues.stream().filter(v -> v.id().equals(venueId)).findFirst();
    }

    /**
     * The topic with this id.
     *
     * @param topicId the topic's id
     * @return the topic, if the plan has it
     */
    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    /**
     * The session with this id.
     *
     * @param sessionId the session's id
     * @return the session, if the plan has it
     */
    public Optional<Session> session(String sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /**
     * The first session, if any: the one most deadlines count from.
     *
     * @return the first session, if any: the one most deadlines count from
     */
    public Optional<Session> firstSession() {
        return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(0));
    }

    /**
     * Every delegate group of every venue, in order.
     *
     * @return every delegate group of every venue, in order
     */
    public List<DelegateGroup> delegateGroups() {
        return attendance.stream().flatMap(a -> a.groups().stream()).toList();
    }

    /**
     * A copy with another identity.
     *
     * @param newIdentity the new identity
     * @return the copy; the invariants are checked again
     */
    public Plan withIdentity(DocumentIdentity newIdentity) {
        return toBuilder().identity(newIdentity).build();
    }

    /**
     * A copy with other sessions.
     *
     * @param newSessions the new sessions
     * @return the copy; the invariants are checked again
     */
    public Plan withSessions(List<Session> newSessions) {
        return toBuilder().sessions(newSessions).build();
    }

    /**
     * A copy with another registry.
     *
     * @param newRegistry the new registry of units and organisations
     * @return the copy; the invariants are checked again
     */
    public Plan withRegistry(Registry newRegistry) {
        return toBuilder().registry(newRegistry).build();
    }

    /**
     * A copy with another implementation section.
     *
     * @param newImplementation the new implementation section
     * @return the copy; the invariants are checked again
     */
    public Plan withImplementation(Implementation newImplementation) {
        return toBuilder().implementation(newImplementation).build();
    }

    /** Assembles a {@link Plan} step by step. Not thread-safe; {@link #build()} checks the invariants. */
    public static final class Builder {
        private String id;
        private PlanStatus status = PlanStatus.DRAFT;
        private @Nullable String audience;
        private DocumentIdentity identity;
        private List<LegalBasis> legalBases = List.of();
        private @Nullable String preamble;
        private List<String> purposes = List.of();
        private List<String> requirements = List.of();
        private @Nullable String theme;
        private List<Topic> topics = List.of();
        private @Nullable DialogueFormat format;
        private List<Session> sessions = List.of();
        private List<AgendaItem> agenda = List.of();
        private List<Venue> venues = List.of();
        private List<VenueAttendance> attendance = List.of();
        private List<FundingLine> funding = List.of();
        private Implementation implementation = Implementation.empty();
        private List<Recipient> recipients = List.of();
        private List<String> archive = List.of();
        private @Nullable Signature signature;
        private Registry registry = Registry.empty();
        private Map<String, List<String>> roles = Map.of();

        private Builder(String id, DocumentIdentity identity) {
            this.id = id;
            this.identity = identity;
        }

        private Builder(Plan p) {
            this(p.id, p.identity);
            status = p.status;
            audience = p.audience;
            legalBases = p.legalBases;
            preamble = p.preamble;
            purposes = p.purposes;
            requirements = p.requirements;
            theme = p.theme;
            topics = p.topics;
            format = p.format;
            sessions = p.sessions;
            agenda = p.agenda;
            venues = p.venues;
            attendance = p.attendance;
            funding = p.funding;
            implementation = p.implementation;
            recipients = p.recipients;
            archive = p.archive;
            signature = p.signature;
            registry = p.registry;
            roles = p.roles;
        }

        /**
         * Sets {@link Plan#id()}.
         *
         * @param value stable key of the plan, e.g. {@code kon-tum-2024-phu-nu}
         * @return this builder
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets {@link Plan#status()}.
         *
         * @param value draft or issued
         * @return this builder
         */
        public Builder status(PlanStatus value) {
            status = value;
            return this;
        }

        /**
         * Sets {@link Plan#audience()}.
         *
         * @param value who the chair meets, as the documents name them: "phụ nữ", "thanh niên", "nông dân"...
         * @return this builder
         */
        public Builder audience(@Nullable String value) {
            audience = value;
            return this;
        }

        /**
         * Sets {@link Plan#identity()}.
         *
         * @param value header: issuer, type, number, symbol, place, date, subject
         * @return this builder
         */
        public Builder identity(DocumentIdentity value) {
            identity = value;
            return this;
        }

        /**
         * Sets {@link Plan#legalBases()}.
         *
         * @param value documents the plan rests on, in order
         * @return this builder
         */
        public Builder legalBases(List<LegalBasis> value) {
            legalBases = value;
            return this;
        }

        /**
         * Sets {@link Plan#preamble()}.
         *
         * @param value the opening paragraph as written ("Thực hiện chỉ đạo ..."), or null to compose it
         * @return this builder
         */
        public Builder preamble(@Nullable String value) {
            preamble = value;
            return this;
        }

        /**
         * Sets {@link Plan#purposes()}.
         *
         * @param value section I.1 bullets
         * @return this builder
         */
        public Builder purposes(List<String> value) {
            purposes = value;
            return this;
        }

        /**
         * Sets {@link Plan#requirements()}.
         *
         * @param value section I.2 paragraphs
         * @return this builder
         */
        public Builder requirements(List<String> value) {
            requirements = value;
            return this;
        }

        /**
         * Sets {@link Plan#theme()}.
         *
         * @param value section II.1, the theme, without quotation marks
         * @return this builder
         */
        public Builder theme(@Nullable String value) {
            theme = value;
            return this;
        }

        /**
         * Sets {@link Plan#topics()}.
         *
         * @param value section II.2, the dialogue topics
         * @return this builder
         */
        public Builder topics(List<Topic> value) {
            topics = value;
            return this;
        }

        /**
         * Sets {@link Plan#format()}.
         *
         * @param value section II.3, main venue and bridge points
         * @return this builder
         */
        public Builder format(@Nullable DialogueFormat value) {
            format = value;
            return this;
        }

        /**
         * Sets {@link Plan#sessions()}.
         *
         * @param value section III.1, one or more sittings
         * @return this builder
         */
        public Builder sessions(List<Session> value) {
            sessions = value;
            return this;
        }

        /**
         * Sets {@link Plan#agenda()}.
         *
         * @param value the programme of the session, in order; carried-over commitments first
         * @return this builder
         */
        public Builder agenda(List<AgendaItem> value) {
            agenda = value;
            return this;
        }

        /**
         * Sets {@link Plan#venues()}.
         *
         * @param value venues referenced by the format and attendance
         * @return this builder
         */
        public Builder venues(List<Venue> value) {
            venues = value;
            return this;
        }

        /**
         * Sets {@link Plan#attendance()}.
         *
         * @param value section IV, per venue or per bridge point
         * @return this builder
         */
        public Builder attendance(List<VenueAttendance> value) {
            attendance = value;
            return this;
        }

        /**
         * Sets {@link Plan#funding()}.
         *
         * @param value section V, funding lines
         * @return this builder
         */
        public Builder funding(List<FundingLine> value) {
            funding = value;
            return this;
        }

        /**
         * Sets {@link Plan#implementation()}.
         *
         * @param value section VI
         * @return this builder
         */
        public Builder implementation(Implementation value) {
            implementation = value;
            return this;
        }

        /**
         * Sets {@link Plan#recipients()}.
         *
         * @param value "Nơi nhận", in order
         * @return this builder
         */
        public Builder recipients(List<Recipient> value) {
            recipients = value;
            return this;
        }

        /**
         * Sets {@link Plan#archive()}.
         *
         * @param value the archive line's entries, e.g. ["VT", "KGVX.NTMD"]
         * @return this builder
         */
        public Builder archive(List<String> value) {
            archive = value;
            return this;
        }

        /**
         * Sets {@link Plan#signature()}.
         *
         * @param value the signature block, or null while unknown
         * @return this builder
         */
        public Builder signature(@Nullable Signature value) {
            signature = value;
            return this;
        }

        /**
         * Sets {@link Plan#roles()}.
         *
         * @param value who may do what in this dialogue: an action of the question lifecycle (e.g. {@code moderate},
         *              {@code route}, {@code record-live-outcome}) to the role names allowed to do it; actions left out
         *              keep the library's defaults (see {@code RolePolicy.forPlan})
         * @return this builder
         */
        public Builder roles(Map<String, List<String>> value) {
            roles = value;
            return this;
        }

        /**
         * Sets {@link Plan#registry()}.
         *
         * @param value the levels, units and organisations referenced
         * @return this builder
         */
        public Builder registry(Registry value) {
            registry = value;
            return this;
        }

        /**
         * The plan; throws {@link IllegalArgumentException} or {@link NullPointerException} on a broken invariant.
         *
         * @return the plan; throws {@link IllegalArgumentException} or {@link NullPointerException} on a broken
         *         invariant
         */
        public Plan build() {
            return new Plan(id, status, audience, identity, legalBases, preamble, purposes, requirements, theme,
                    topics, format, sessions, agenda, venues, attendance, funding, implementation, recipients, archive,
                    signature, registry, roles);
        }
    }
}
