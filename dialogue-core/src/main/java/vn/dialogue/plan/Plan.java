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
 * @param coSignatures   in a joint plan, the signature of each co-issuing body, in the order of
 *                       {@link DocumentIdentity#coIssuers()}; printed beside the lead issuer's {@code signature}
 * @param questions      how many opinions the plan expects to gather beforehand and to take up at the session, or
 *                       null
 * @param grassroots     for a commune's dialogue conference with its residents: the tasks and bodies the law asks
 *                       for (announcement, results, record; co-chair, Fatherland Front, Party committee), or null
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
                   Registry registry, Map<String, List<String>> roles,
                   List<@Valid Signature> coSignatures, @Nullable QuestionTargets questions,
                   @Nullable GrassrootsDialogue grassroots) {

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
     * @param coSignatures in a joint plan, the signature of each co-issuing body, in the order of the co-issuers
     * @param questions how many opinions the plan expects to gather beforehand and to take up, or null
     * @param grassroots for a commune's dialogue conference with its residents: what the law asks for, or null
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
        coSignatures = copy(coSignatures);
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
        Optional<Venue> listed = venues.stream().filter(v -> v.id().equals(venueId)).findFirst();
        return listed.isPresent() ? listed : ruleVenues().stream().filter(v -> v.id().equals(venueId)).findFirst();
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
     * Every bridge point: those listed in the format, then those its rule gives (every unit of the rule's level
     * within its unit, but the excepted ones and those already listed), in registry order.
     *
     * @return every bridge point, in order; empty without a format
     */
    public List<BridgePoint> bridgePoints() {
        if (format == null) {
            return List.of();
        }
        BridgePointRule rule = format.bridgePointRule();
        if (rule == null) {
            return format.bridgePoints();
        }
        List<BridgePoint> all = new ArrayList<>(format.bridgePoints());
        java.util.Set<String> listed = new java.util.HashSet<>();
        format.bridgePoints().forEach(b -> listed.add(b.unit()));
        for (vn.dialogue.organisation.AdministrativeUnit u : registry.unitsAtLevel(rule.level())) {
            if (rule.except().contains(u.id()) || listed.contains(u.id())) {
                continue;
            }
            if (rule.within() != null && registry.unitChain(u.id()).stream().noneMatch(c -> c.id().equals(rule.within()))) {
                continue;
            }
            all.add(new BridgePoint(BridgePointRule.venueId(u.id()), u.id()));
        }
        return List.copyOf(all);
    }

    /**
     * The venues the format's bridge-point rule gives, one per point it adds, named by the rule's room.
     *
     * @return the venues the rule gives, in order; empty without a rule
     */
    public List<Venue> ruleVenues() {
        if (format == null || format.bridgePointRule() == null) {
            return List.of();
        }
        BridgePointRule rule = format.bridgePointRule();
        java.util.Set<String> listed = new java.util.HashSet<>();
        venues.forEach(v -> listed.add(v.id()));
        List<Venue> out = new ArrayList<>();
        for (BridgePoint b : bridgePoints()) {
            if (!listed.contains(b.venue()) && b.venue().equals(BridgePointRule.venueId(b.unit()))) {
                out.add(new Venue(b.venue(), rule.roomAt(registry.unitName(b.unit())), rule.kind(), b.unit(), null,
                        null, null));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every venue: those the plan lists, then those its bridge-point rule gives.
     *
     * @return every venue, in order
     */
    public List<Venue> allVenues() {
        List<Venue> rule = ruleVenues();
        if (rule.isEmpty()) {
            return venues;
        }
        List<Venue> all = new ArrayList<>(venues);
        all.addAll(rule);
        return List.copyOf(all);
    }

    /**
     * The venue of a session: its own, else the format's main venue.
     *
     * @param session the session
     * @return the venue's id, if any
     */
    public Optional<String> venueOf(Session session) {
        if (session.venue() != null) {
            return Optional.of(session.venue());
        }
        return format == null ? Optional.empty() : Optional.of(format.mainVenue());
    }

    /**
     * The programme of one session: the agenda items naming it, and for the first session also those naming none.
     *
     * @param sessionId the session's id
     * @return the items, in order
     */
    public List<AgendaItem> agendaOf(String sessionId) {
        String first = sessions.isEmpty() ? null : sessions.get(0).id();
        return agenda.stream().filter(a -> sessionId.equals(a.session())
                || (a.session() == null && sessionId.equals(first))).toList();
    }

    /**
     * The attendance blocks of one session: those naming it and those naming none.
     *
     * @param sessionId the session's id
     * @return the blocks, in order
     */
    public List<VenueAttendance> attendanceOf(String sessionId) {
        return attendance.stream().filter(a -> a.session() == null || a.session().equals(sessionId)).toList();
    }

    /**
     * Every signature of the plan, the co-issuers' first and the lead issuer's last, as a joint document prints
     * them from left to right; just the lead issuer's for a plan of one body.
     *
     * @return the signatures, left to right; empty while none is known
     */
    public List<Signature> signatures() {
        List<Signature> all = new ArrayList<>(coSignatures);
        if (signature != null) {
            all.add(signature);
        }
        return List.copyOf(all);
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
        private List<Signature> coSignatures = List.of();
        private @Nullable QuestionTargets questions;
        private @Nullable GrassrootsDialogue grassroots;

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
            coSignatures = p.coSignatures;
            questions = p.questions;
            grassroots = p.grassroots;
        }

        /**
         * Sets {@link Plan#grassroots()}.
         *
         * @param value what the law asks of a commune's dialogue conference, or null
         * @return this builder
         */
        public Builder grassroots(@Nullable GrassrootsDialogue value) {
            grassroots = value;
            return this;
        }

        /**
         * Sets {@link Plan#coSignatures()}.
         *
         * @param value the co-issuing bodies' signatures, in the order of the co-issuers
         * @return this builder
         */
        public Builder coSignatures(List<Signature> value) {
            coSignatures = value;
            return this;
        }

        /**
         * Sets {@link Plan#questions()}.
         *
         * @param value how many opinions the plan expects to gather and to take up, or null
         * @return this builder
         */
        public Builder questions(@Nullable QuestionTargets value) {
            questions = value;
            return this;
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
                    signature, registry, roles, coSignatures, questions, grassroots);
        }
    }
}
