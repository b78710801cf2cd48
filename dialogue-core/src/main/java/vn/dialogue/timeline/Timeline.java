package vn.dialogue.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.dialogue.calendar.ProvisionalPeriod;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.calendar.Weekdays;
import vn.dialogue.check.Finding;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.Session;
import vn.dialogue.text.Bilingual;

/**
 * A plan's sessions and deadlines resolved to days on a {@link WorkingCalendar}, in order, with
 * what each depends on. Resolution never throws on a bad plan: a dependency cycle, a reference to
 * a missing task or session, or a deadline that cannot be dated yet (its session has only a
 * month) is a {@link Finding}, and the milestones concerned stay undated. Immutable and thread-safe.
 *
 * <p>Finding codes: {@code TIMELINE_CYCLE} and {@code TIMELINE_DANGLING_REFERENCE} (errors),
 * {@code TIMELINE_UNRESOLVED} and {@code TIMELINE_OUT_OF_RANGE} (warnings).
 */
public final class Timeline {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VI_MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final WorkingCalendar calendar;
    private final List<Milestone> milestones;
    private final Map<MilestoneRef, Milestone> byRef;
    private final List<Finding> findings;
    /** deadline → the undecided holiday periods its day depends on (absent when none). */
    private final Map<MilestoneRef, List<ProvisionalPeriod>> provisional;

    private Timeline(WorkingCalendar calendar, List<Milestone> milestones, Map<MilestoneRef, Milestone> byRef,
                     List<Finding> findings, Map<MilestoneRef, List<ProvisionalPeriod>> provisional) {
        this.calendar = calendar;
        this.milestones = List.copyOf(milestones);
        this.byRef = Map.copyOf(byRef);
        this.findings = List.copyOf(findings);
        this.provisional = Map.copyOf(provisional);
    }

    private static Bilingual sessionLabel(Session s, int index, int count) {
        if (s.title() != null && !s.title().isBlank()) {
            return Bilingual.of(s.title().strip(), s.title().strip());
        }
        return count > 1 ? Bilingual.of("Buổi đối thoại thứ " + (index + 1), "Dialogue session " + (index + 1))
                : Bilingual.of("Buổi đối thoại", "The dialogue session");
    }

    /**
     * The timeline of {@code plan}: every session, and the deadline of every task that has one.
     * The first session also answers to {@code session}.
     *
     * @param plan the plan
     * @param calendar the working days and holidays to count with
     * @return the timeline of {@code plan}: every session, and the deadline of every task that has one
     */
    public static Timeline of(Plan plan, WorkingCalendar calendar) {
        Objects.requireNonNull(plan, "plan");
        Builder b = builder(calendar);
        // a plan may repeat an id (the task and identity rules report it); the timeline keeps the first
        java.util.Set<MilestoneRef> seen = new java.util.HashSet<>();
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            if (!seen.add(MilestoneRef.session(s.id()))) {
                continue;
            }
            b.session(s.id(), s.date(), s.date() == null ? s.month() : null, "sessions[" + i + "]",
                    sessionLabel(s, i, plan.sessions().size()));
        }
        for (PlannedTask t : plan.tasks()) {
            if (!seen.add(MilestoneRef.task(t.id()))) {
                continue;
            }
            // what a person reads: the task's own words and its owners' names, never their ids
            String owners = t.owners().isEmpty() ? "" : " (" + t.owners().stream()
                    .map(o -> plan.registry().organisation(o).map(org -> org.displayShortName()).orElse(o))
                    .collect(Collectors.joining(", ")) + ")";
            String what = t.task().label();
            if (t.task().deadline() != null) {
                b.deadline(MilestoneRef.task(t.id()), Bilingual.of(what + owners, what + owners),
                        t.task().deadline(), t.path() + ".deadline");
            } else {
                b.undated(MilestoneRef.task(t.id()));
            }
        }
        return b.build();
    }

    /**
     * A builder for a timeline not read from a plan, e.g. of questions and their answer deadlines.
     *
     * @param calendar the working days and holidays to count with
     * @return a builder for a timeline not read from a plan, e.g. of questions and their answer deadlines
     */
    public static Builder builder(WorkingCalendar calendar) {
        return new Builder(calendar);
    }

    /**
     * The calendar the timeline was resolved on.
     *
     * @return the calendar the timeline was resolved on
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The milestones in order: by day (a session known only by month at the end of that month),
     * events before deadlines before sessions on the same day, undated deadlines last; otherwise
     * in the order they were given. Never null.
     *
     * @return the milestones in order: by day (a session known only by month at the end of that month), events before
     *         deadlines before sessions on the same day, undated deadlines last; otherwise in the order they were given
     */
    public List<Milestone> milestones() {
        return milestones;
    }

    /**
     * The milestone {@code ref} names ({@code session} names the first session).
     *
     * @param ref the milestone asked for
     * @return the milestone {@code ref} names ({@code session} names the first session)
     */
    public Optional<Milestone> milestone(MilestoneRef ref) {
        return Optional.ofNullable(byRef.get(Objects.requireNonNull(ref, "ref")));
    }

    /**
     * The resolved deadline of milestone {@code ref}, with the undecided holiday periods its day
     * depends on ({@link Deadline#provisional()}); empty for a session, an event or an undated deadline.
     */
    public Optional<Deadline> deadline(MilestoneRef ref) {
        return milestone(ref).flatMap(m -> m.deadline()
                .map(d -> new Deadline(d.rule(), d.lastDay(), provisional.getOrDefault(m.ref(), List.of()))));
    }

    /**
     * The undecided holiday periods the dated milestones depend on: a deadline's (see
     * {@link #deadline}) and a session's or event's own day falling in one. Each once, in order of
     * the milestones. A day in one may change when the Government decides. Never null.
     */
    public List<ProvisionalPeriod> provisionalPeriods() {
        List<ProvisionalPeriod> out = new ArrayList<>();
        for (Milestone m : milestones) {
            List<ProvisionalPeriod> of = m.kind() == Milestone.Kind.DEADLINE
                    ? provisional.getOrDefault(m.ref(), List.of())
                    : m.day().map(d -> calendar.provisionalBetween(d, d)).orElse(List.of());
            of.stream().filter(p -> !out.contains(p)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** What resolution found: cycles, dangling references, deadlines that cannot be dated yet. Never null. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The timeline as text, one milestone a line, in {@code locale}'s language (Vietnamese for
     * {@code vi}, English otherwise), the day with its weekday (T2 … CN in Vietnamese), e.g.
     * {@code "T2 28/10/2024  Nhiệm vụ 'tong-hop' (hlhpn-tinh): trước ngày 29/10/2024 (hạn cuối: hết ngày 28/10/2024)"}.
     * A deadline that depends on an undecided holiday period says it is provisional and names the
     * period; a session or event on a day that may change is marked "(tạm tính)" / "(provisional)".
     */
    public String format(Locale locale) {
        boolean vi = "vi".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        StringBuilder sb = new StringBuilder();
        for (Milestone m : milestones) {
            String day;
            if (m.date() != null) {
                day = vi ? Weekdays.viShort(m.date().getDayOfWeek()) + " " + VI.format(m.date())
                        : Weekdays.enShort(m.date().getDayOfWeek()) + " " + m.date();
            } else if (m.expectedMonth() != null) {
                day = vi ? VI_MONTH.format(m.expectedMonth()) : m.expectedMonth().toString();
            } else {
                day = "?";
            }
            sb.append(String.format(vi ? "%-13s  " : "%-14s  ", day)).append(m.label().in(locale));
            if (m.kind() != Milestone.Kind.DEADLINE && m.date() != null && calendar.isProvisional(m.date())) {
                sb.append(vi ? " (ngày tạm tính: " : " (provisional day: ")
                        .append(calendar.provisionalOn(m.date()).orElseThrow().describe().in(locale)).append(')');
            }
            if (m.rule() != null) {
                Bilingual what = deadline(m.ref()).map(d -> d.explain()).orElseGet(() -> {
                    Bilingual r = m.rule().describe();
                    return Bilingual.of(r.vi() + " (chưa xác định được ngày)", r.en() + " (day not known yet)");
                });
                sb.append(": ").append(what.in(locale));
            } else if (m.kind() == Milestone.Kind.SESSION && m.date() == null && m.expectedMonth() != null) {
                sb.append(vi ? ": dự kiến trong tháng " + m.expectedMonth().getMonthValue() + "/" + m.expectedMonth().getYear()
                        : ": expected in " + m.expectedMonth());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format(Locale.forLanguageTag("vi"));
    }

    /** Assembles a {@link Timeline}. Not thread-safe. */
    public static final class Builder {

        private final WorkingCalendar calendar;
        private final Map<MilestoneRef, Def> defs = new LinkedHashMap<>();
        private final Set<MilestoneRef> undated = new HashSet<>();
        private @Nullable MilestoneRef firstSession;

        private record Def(MilestoneRef ref, Milestone.Kind kind, Bilingual label, @Nullable DeadlineRule rule,
                           @Nullable LocalDate date, @Nullable YearMonth month, String path, int order) {
        }

        private Builder(WorkingCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
        }

        private void add(Def def) {
            if (defs.putIfAbsent(def.ref(), def) != null) {
                throw new IllegalArgumentException("milestone " + def.ref() + " is given twice");
            }
        }

        /**
         * A session on {@code date}, or expected in {@code month} when the day is not fixed. The first
         * session added also answers to {@code session}.
         *
         * @param id the session's id
         * @param date its day, or null when not fixed
         * @param month its expected month when the day is not fixed, or null
         * @param path where it sits in the plan file, e.g. {@code sessions[0]}
         * @return this builder
         * @throws IllegalArgumentException if the id is used twice
         */
        public Builder session(String id, @Nullable LocalDate date, @Nullable YearMonth month, String path) {
            return session(id, date, month, path, Bilingual.of("Phiên đối thoại '" + id + "'", "Session '" + id + "'"));
        }

        /**
         * Adds a session with the words a person reads for it, as {@link #session(String, LocalDate, YearMonth,
         * String)} does.
         *
         * @param id the session's id
         * @param date its day, or null when not fixed
         * @param month its expected month when the day is not fixed, or null
         * @param path where it sits in the plan file, e.g. {@code sessions[0]}
         * @param label what it is, in both languages
         * @return this builder
         * @throws IllegalArgumentException if the id is used twice
         */
        public Builder session(String id, @Nullable LocalDate date, @Nullable YearMonth month, String path,
                               Bilingual label) {
            MilestoneRef ref = MilestoneRef.session(id);
            add(new Def(ref, Milestone.Kind.SESSION, Objects.requireNonNull(label, "label"),
                    null, date, date == null ? month : null, path, defs.size()));
            if (firstSession == null) {
                firstSession = ref;
            }
            return this;
        }

        /**
         * Something that happened on {@code date}, e.g. {@code receipt:q-12}.
         *
         * @param ref how rules refer to it
         * @param date the day it happened
         * @param label what it is, in both languages
         * @param path where it comes from, for findings
         * @return this builder
         */
        public Builder event(MilestoneRef ref, LocalDate date, Bilingual label, String path) {
            add(new Def(ref, Milestone.Kind.EVENT, label, null, Objects.requireNonNull(date, "date"), null, path, defs.size()));
            return this;
        }

        /**
         * A deadline, named {@code ref} for the rules that count from it.
         *
         * @param ref how rules refer to it, e.g. {@code task:tong-hop-y-kien-phu-nu}
         * @param label what is due, in both languages
         * @param rule the rule that gives its day
         * @param path where it sits in the plan file
         * @return this builder
         */
        public Builder deadline(MilestoneRef ref, Bilingual label, DeadlineRule rule, String path) {
            add(new Def(ref, Milestone.Kind.DEADLINE, label, Objects.requireNonNull(rule, "rule"), null, null, path,
                    defs.size()));
            return this;
        }

        /**
         * A milestone that exists but has no day (a task without a deadline): referring to it is not dangling.
         *
         * @param ref how rules refer to it
         * @return this builder
         */
        public Builder undated(MilestoneRef ref) {
            undated.add(Objects.requireNonNull(ref, "ref"));
            return this;
        }

        /**
         * Resolves every deadline; never throws for a cycle or a missing reference.
         *
         * @return the timeline, every deadline resolved as far as it can be
         */
        public Timeline build() {
            return new Resolver().run();
        }

        private MilestoneRef canonical(MilestoneRef ref) {
            return ref.kind() == MilestoneRef.Kind.SESSION && ref.isImplicit() && firstSession != null ? firstSession : ref;
        }

        private final class Resolver {
            private final Map<MilestoneRef, Optional<LocalDate>> done = new HashMap<>();
            private final Deque<MilestoneRef> stack = new ArrayDeque<>();
            private final Set<Set<MilestoneRef>> cycles = new HashSet<>();
            private final Set<MilestoneRef> inCycle = new HashSet<>();
            private final Set<MilestoneRef> reported = new HashSet<>();
            private final List<Finding> findings = new ArrayList<>();
            private final Map<MilestoneRef, List<ProvisionalPeriod>> provisional = new HashMap<>();

            Timeline run() {
                for (Def def : defs.values()) {
                    resolve(def.ref());
                }
                List<Milestone> list = new ArrayList<>();
                Map<MilestoneRef, Milestone> byRef = new HashMap<>();
                for (Def def : defs.values()) {
                    Milestone m = new Milestone(def.ref(), def.kind(), def.label(), def.rule(),
                            def.kind() == Milestone.Kind.DEADLINE ? done.get(def.ref()).orElse(null) : def.date(),
                            def.month(), def.rule() == null ? List.of() : def.rule().dependsOn(), def.path());
                    list.add(m);
                    byRef.put(def.ref(), m);
                }
                if (firstSession != null) {
                    byRef.put(MilestoneRef.session(), byRef.get(firstSession));
                }
                Map<MilestoneRef, Integer> order = new HashMap<>();
                defs.values().forEach(d -> order.put(d.ref(), d.order()));
                list.sort(Comparator.<Milestone, Boolean>comparing(m -> m.sortDay().isEmpty())
                        .thenComparing(m -> m.sortDay().orElse(LocalDate.MAX))
                        .thenComparing(Milestone::kind)
                        .thenComparing(m -> order.get(m.ref())));
                return new Timeline(calendar, list, byRef, findings, provisional);
            }

            /** The day of {@code ref}, empty when unknown; records findings on the way. */
            private Optional<LocalDate> resolve(MilestoneRef asked) {
                MilestoneRef ref = canonical(asked);
                Optional<LocalDate> known = done.get(ref);
                if (known != null) {
                    return known;
                }
                Def def = defs.get(ref);
                if (def == null) {
                    return Optional.empty();
                }
                if (def.kind() != Milestone.Kind.DEADLINE) {
                    return Optional.ofNullable(def.date());
                }
                if (stack.contains(ref)) {
                    cycle(ref);
                    return Optional.empty();
                }
                stack.push(ref);
                DeadlineRule rule = Objects.requireNonNull(def.rule());
                DeadlineContext context = DeadlineContext.of(calendar);
                List<MilestoneRef> missing = new ArrayList<>();
                for (MilestoneRef dep : rule.dependsOn()) {
                    MilestoneRef target = canonical(dep);
                    if (!defs.containsKey(target) && !undated.contains(target)) {
                        dangling(def, dep);
                        continue;
                    }
                    Optional<LocalDate> day = resolve(dep);
                    if (day.isPresent()) {
                        context = context.with(dep, day.get());
                    } else {
                        missing.add(dep);
                    }
                }
                stack.pop();
                Optional<LocalDate> result;
                try {
                    result = rule.lastDay(context);
                } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
                    // an absurd period (years: 2147483647) overflows java.time rather than the calendar's range
                    findings.add(Finding.warning("TIMELINE_OUT_OF_RANGE", def.path(),
                            def.label().vi() + ": không tính được hạn: " + e.getMessage(),
                            def.label().en() + ": the deadline cannot be computed: " + e.getMessage()));
                    result = Optional.empty();
                }
                if (result.isEmpty() && !inCycle.contains(ref) && reported.add(ref)) {
                    unresolved(def, missing);
                }
                if (result.isPresent()) {
                    List<ProvisionalPeriod> depends = Deadline.provisionalFor(rule, context, result.get());
                    if (!depends.isEmpty()) {
                        provisional.put(ref, depends);
                    }
                }
                done.put(ref, result);
                return result;
            }

            private void cycle(MilestoneRef back) {
                List<MilestoneRef> path = new ArrayList<>();
                for (MilestoneRef r : stack) { // the stack iterates from the top: the newest first
                    path.add(0, r);
                    if (r.equals(back)) {
                        break;
                    }
                }
                inCycle.addAll(path);
                if (!cycles.add(Set.copyOf(path))) {
                    return;
                }
                String chain = path.stream().map(MilestoneRef::toString).collect(Collectors.joining(" → ")) + " → " + back;
                Def first = defs.get(back);
                findings.add(Finding.error("TIMELINE_CYCLE", first == null ? "" : first.path(),
                        "Các hạn phụ thuộc vòng tròn vào nhau: " + chain + ".",
                        "The deadlines depend on each other in a circle: " + chain + "."));
            }

            private void dangling(Def def, MilestoneRef dep) {
                findings.add(Finding.error("TIMELINE_DANGLING_REFERENCE", def.path(),
                        def.label().vi() + " tham chiếu '" + dep + "', không có trong kế hoạch.",
                        def.label().en() + " refers to '" + dep + "', which the plan does not have."));
            }

            private void unresolved(Def def, List<MilestoneRef> missing) {
                if (missing.isEmpty()) {
                    return; // a dangling reference was reported instead
                }
                String what = missing.stream().map(m -> describe(m).vi()).collect(Collectors.joining(", "));
                String whatEn = missing.stream().map(m -> describe(m).en()).collect(Collectors.joining(", "));
                findings.add(Finding.warning("TIMELINE_UNRESOLVED", def.path(),
                        def.label().vi() + ": chưa xác định được hạn vì chưa có ngày của " + what + ".",
                        def.label().en() + ": the deadline cannot be dated until " + whatEn + " has a day."));
            }

            private Bilingual describe(MilestoneRef ref) {
                Def def = defs.get(canonical(ref));
                if (def != null && def.kind() == Milestone.Kind.SESSION && def.month() != null) {
                    Bilingual l = def.label();
                    return Bilingual.of(l.vi() + " (dự kiến tháng " + def.month().getMonthValue() + "/"
                            + def.month().getYear() + ")", l.en() + " (expected in " + def.month() + ")");
                }
                return ref.label();
            }
        }
    }
}
