package vn.dialogue.yearly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.plan.AgendaItem;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.CarryOver;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DialogueFormat;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.FundingLine;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Task;
import vn.dialogue.plan.Topic;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;

/**
 * Derives next year's plan from this year's: the yearly instance officials script.
 *
 * <p>What changes, and by which rule:
 * <ul>
 *   <li>the plan becomes a draft with no number; its issue date moves to the new year with the same month and no
 *       day; "năm 2024" in its text becomes "năm 2026" (but not inside a date such as "ngày 5 tháng 1 năm 2024",
 *       and never in the legal bases, which are kept as they are);</li>
 *   <li>each session moves to the given date, or else to the same weekday of the same week of the same month
 *       (the third Friday of November stays the third Friday of November), or else to the same month;</li>
 *   <li>each fixed deadline keeps its distance in working days to the session when both sessions have a day,
 *       otherwise it keeps its day and month in the new year, moved back to a working day; deadlines counted from
 *       the session or other milestones need no change;</li>
 *   <li>unsettled commitments of the previous dialogue become the first items of the agenda;</li>
 *   <li>with a {@link Remapping}, every unit and organisation id is mapped, the registry replaced, and the free text
 *       renamed.</li>
 * </ul>
 * Every change made is listed in {@link Result#notes()}. Thread-safe: instances hold only immutable options.
 */
public final class NextYear {

    /** The derived plan and what was done to make it. */
    public record Result(Plan plan, List<String> notes) {
        /**
         * Checks the components and normalises them (collections copied, unmodifiable).
         *
         * @param plan the next year's plan
         * @param notes what was changed and why, one line each, for the official who checks it
         * @throws NullPointerException if a required component is null
         */
        public Result {
            Objects.requireNonNull(plan, "plan");
            notes = List.copyOf(notes);
        }
    }

    private final int year;
    private final @Nullable LocalDate sessionDate;
    private final @Nullable String id;
    private final @Nullable Remapping remapping;
    private final List<CarryOver> carryOvers;
    private final WorkingCalendar calendar;

    private NextYear(int year, @Nullable LocalDate sessionDate, @Nullable String id, @Nullable Remapping remapping,
                     List<CarryOver> carryOvers, WorkingCalendar calendar) {
        this.year = year;
        this.sessionDate = sessionDate;
        this.id = id;
        this.remapping = remapping;
        this.carryOvers = List.copyOf(carryOvers);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (sessionDate != null && sessionDate.getYear() != year) {
            throw new IllegalArgumentException("the session date " + sessionDate + " is not in " + year);
        }
    }

    /**
     * Derivation into {@code year} on Vietnam's working calendar, with nothing else set.
     *
     * @param year the year, e.g. 2026
     * @return derivation into {@code year} on Vietnam's working calendar, with nothing else set
     */
    public static NextYear into(int year) {
        return new NextYear(year, null, null, null, List.of(), WorkingCalendar.vietnam());
    }

    /**
     * The same derivation with the new session on {@code date}.
     *
     * @param date the day of next year's session
     * @return the same derivation, with that session day
     */
    public NextYear sessionOn(LocalDate date) {
        return new NextYear(year, Objects.requireNonNull(date, "date"), id, remapping, carryOvers, calendar);
    }

    /**
     * The same derivation with the new plan's id.
     *
     * @param newId the id of next year's plan
     * @return the same derivation, with that id
     */
    public NextYear withId(String newId) {
        return new NextYear(year, sessionDate, Objects.requireNonNull(newId, "newId"), remapping, carryOvers, calendar);
    }

    /**
     * The same derivation with units, organisations and names remapped (a merger of provinces).
     *
     * @param mapping the old-to-new ids and the renames
     * @return the same derivation, with that mapping
     */
    public NextYear remappedBy(Remapping mapping) {
        return new NextYear(year, sessionDate, id, Objects.requireNonNull(mapping, "mapping"), carryOvers, calendar);
    }

    /**
     * The same derivation with the last dialogue's unsettled commitments carried into the new plan.
     *
     * @param commitments deferred questions and open tasks to follow up
     * @return the same derivation, with those commitments
     */
    public NextYear carryingOver(List<CarryOver> commitments) {
        return new NextYear(year, sessionDate, id, remapping, commitments, calendar);
    }

    /**
     * The same derivation counting working days on another calendar.
     *
     * @param workingCalendar the working days and holidays to count with
     * @return the same derivation, on that calendar
     */
    public NextYear on(WorkingCalendar workingCalendar) {
        return new NextYear(year, sessionDate, id, remapping, carryOvers, workingCalendar);
    }

    /**
     * The new plan.
     *
     * @param previous the plan
     * @return the new plan
     * @throws IllegalArgumentException if {@code year} is not after the previous plan's year
     */
    public Result from(Plan previous) {
        Objects.requireNonNull(previous, "previous");
        int oldYear = previous.year();
        if (year <= oldYear) {
            throw new IllegalArgumentException("the new year " + year + " is not after the plan's year " + oldYear);
        }
        List<String> notes = new ArrayList<>();
        // names tied to an id are regenerated from the new registry first; the hand-written renames do the rest
        Map<String, String> byId = remapping == null ? Map.of() : remapping.namesById(previous.registry());
        UnaryOperator<String> text = t -> yearText(remapping == null ? t
                : remapping.rename(Remapping.renameById(t, byId)), oldYear);
        UnaryOperator<String> org = o -> remapping == null ? o : remapping.organisation(o);
        UnaryOperator<String> unit = u -> remapping == null ? u : remapping.unit(u);

        String newId = id != null ? id : previous.id().replace(String.valueOf(oldYear), String.valueOf(year));
        notes.add("id: " + previous.id() + " -> " + newId);

        DocumentIdentity oldIdentity = previous.identity();
        IssueDate oldDate = oldIdentity.issueDate();
        IssueDate newDate = oldDate == null ? IssueDate.ofYear(year) : new IssueDate(year, oldDate.month(), null);
        DocumentIdentity identity = new DocumentIdentity(org.apply(oldIdentity.issuer()),
                map(oldIdentity.parentBody(), org), oldIdentity.type(), null, oldIdentity.symbol(),
                remapping != null && remapping.place() != null ? remapping.place() : oldIdentity.place(), newDate,
                map(oldIdentity.subject(), text));
        notes.add("number cleared; issue date " + oldDate + " -> " + newDate);

        List<Session> sessions = new ArrayList<>();
        for (Session s : previous.sessions()) {
            Session moved = move(s);
            sessions.add(moved);
            notes.add("session " + s.id() + ": " + (s.date() != null ? s.date() : s.month()) + " -> "
                    + (moved.date() != null ? moved.date() : moved.month()));
        }
        Session oldFirst = previous.sessions().isEmpty() ? null : previous.sessions().get(0);
        Session newFirst = sessions.isEmpty() ? null : sessions.get(0);

        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < carryOvers.size(); i++) {
            CarryOver c = carryOvers.get(i);
            agenda.add(new AgendaItem("chuyen-tiep-" + (i + 1), carryOverTitle(c), null, null, null,
                    c.agency() == null ? List.of() : List.of(org.apply(c.agency())),
                    new CarryOver(c.fromPlan(), c.kind(), c.reference(), c.text(), map(c.agency(), org), c.due())));
        }
        if (!carryOvers.isEmpty()) {
            notes.add(carryOvers.size() + " unsettled commitment(s) of " + previous.id()
                    + " carried over as the first agenda items");
        }
        for (AgendaItem a : previous.agenda()) {
            if (a.carriedOver() == null) {
                agenda.add(new AgendaItem(a.id(), text.apply(a.title()), a.start(), a.minutes(),
                        map(a.presenter(), text), mapAll(a.agencies(), org), null, a.topic(), a.session()));
            }
        }

        List<ImplementationPart> parts = new ArrayList<>();
        for (ImplementationPart part : previous.implementation().parts()) {
            List<Assignment> assignments = new ArrayList<>();
            for (Assignment a : part.assignments()) {
                List<Task> tasks = new ArrayList<>();
                for (Task t : a.tasks()) {
                    DeadlineRule shifted = shift(t.deadline(), oldFirst, newFirst, oldYear);
                    if (t.deadline() != null && !t.deadline().equals(shifted)) {
                        notes.add("task " + t.id() + ": " + t.deadline().describe().vi() + " -> "
                                + shifted.describe().vi());
                    }
                    tasks.add(new Task(t.id(), text.apply(t.text()), mapAll(t.owners(), org),
                            mapAll(t.coordinators(), org), t.deliverables().stream().map(text).toList(), shifted));
                }
                assignments.add(new Assignment(mapAll(a.owners(), org), map(a.heading(), text), map(a.lead(), text),
                        tasks));
            }
            parts.add(new ImplementationPart(text.apply(part.title()), assignments));
        }

        List<Venue> venues = remapping != null && remapping.venues() != null ? remapping.venues()
                : previous.venues().stream().map(v -> new Venue(v.id(), text.apply(v.name()), v.kind(),
                        map(v.unit(), unit), map(v.address(), text), v.capacity(), v.onlineRoom())).toList();
        DialogueFormat format = previous.format() == null ? null : new DialogueFormat(
                previous.format().mainVenue(),
                remapping != null && remapping.bridgePoints() != null ? remapping.bridgePoints()
                        : previous.format().bridgePoints().stream()
                                .map(b -> new BridgePoint(b.venue(), unit.apply(b.unit()))).toList(),
                map(previous.format().summary(), text), previous.format().details().stream().map(text).toList());
        List<VenueAttendance> attendance = remapping != null && remapping.attendance() != null
                ? remapping.attendance()
                : previous.attendance().stream().map(a -> attendance(a, text, org)).toList();
        if (remapping != null) {
            notes.add("registry replaced: " + remapping.registry().units().size() + " units, "
                    + remapping.registry().organisations().size() + " organisations; "
                    + remapping.organisations().size() + " organisation ids and " + remapping.units().size()
                    + " unit ids mapped; " + remapping.renames().size() + " renames");
        }

        Plan plan = previous.toBuilder()
                .id(newId)
                .status(PlanStatus.DRAFT)
                .identity(identity)
                .preamble(map(previous.preamble(), text))
                .purposes(previous.purposes().stream().map(text).toList())
                .requirements(previous.requirements().stream().map(text).toList())
                .theme(map(previous.theme(), text))
                .topics(previous.topics().stream().map(t -> new Topic(t.id(), text.apply(t.title()),
                        mapAll(t.agencies(), org), t.keywords())).toList())
                .format(format)
                .sessions(sessions)
                .agenda(agenda)
                .venues(venues)
                .attendance(attendance)
                .funding(previous.funding().stream().map(f -> new FundingLine(text.apply(f.text()),
                        map(f.source(), text), map(f.responsible(), org), map(f.scope(), text))).toList())
                .implementation(new Implementation(parts, map(previous.implementation().closing(), text)))
                .recipients(List.copyOf(new LinkedHashSet<>(previous.recipients().stream()
                        .map(r -> recipient(r, text, org)).toList())))
                .signature(remapping != null && remapping.signature() != null ? remapping.signature()
                        : previous.signature())
                .registry(remapping == null ? previous.registry() : remapping.registry())
                .build();
        return new Result(plan, notes);
    }

    private static String carryOverTitle(CarryOver c) {
        String kind = c.kind() == CarryOver.Kind.DEFERRED_QUESTION ? "Trả lời kiến nghị chưa giải quyết xong"
                : "Báo cáo kết quả thực hiện kết luận";
        return kind + " từ đối thoại trước (" + c.reference() + "): " + c.text();
    }

    private VenueAttendance attendance(VenueAttendance a, UnaryOperator<String> text, UnaryOperator<String> org) {
        List<DelegateGroup> groups = a.groups().stream().map(g -> new DelegateGroup(g.id(), map(g.heading(), text),
                g.role(), g.members().stream().map(m -> new GroupMember(text.apply(m.text()), m.role(),
                        mapAll(m.organisations(), org), m.expected())).toList(), map(g.composition(), text),
                g.expected(), map(g.invitedBy(), org))).toList();
        return new VenueAttendance(a.venue(), a.bridgePoints(), map(a.heading(), text), map(a.intro(), text),
                a.expected(), groups, a.targets(), mapAll(a.precedence(), org), a.expectedEach(), a.session());
    }

    private static Recipient recipient(Recipient r, UnaryOperator<String> text, UnaryOperator<String> org) {
        return new Recipient(text.apply(r.text()), r.mark(), map(r.organisation(), org),
                r.children().stream().map(c -> recipient(c, text, org)).toList());
    }

    private Session move(Session s) {
        if (sessionDate != null) {
            return s.withDate(sessionDate);
        }
        if (s.date() != null) {
            LocalDate d = s.date();
            int week = (d.getDayOfMonth() - 1) / 7 + 1;
            LocalDate first = YearMonth.of(year, d.getMonth()).atDay(1);
            LocalDate same = first.with(TemporalAdjusters.dayOfWeekInMonth(week, d.getDayOfWeek()));
            if (same.getMonth() != d.getMonth()) {
                same = first.with(TemporalAdjusters.lastInMonth(d.getDayOfWeek()));
            }
            return s.withDate(calendar.workingDayOnOrAfter(same));
        }
        return new Session(s.id(), null, YearMonth.of(year, Objects.requireNonNull(s.month()).getMonth()),
                s.partOfDay(), s.start(), s.end());
    }

    private @Nullable DeadlineRule shift(@Nullable DeadlineRule rule, @Nullable Session oldSession,
                                         @Nullable Session newSession, int oldYear) {
        if (rule instanceof FixedDeadline fixed) {
            LocalDate moved;
            if (oldSession != null && newSession != null && oldSession.date() != null && newSession.date() != null) {
                int distance = calendar.workingDaysBetween(fixed.date(), oldSession.date());
                moved = calendar.plusWorkingDays(newSession.date(), -distance);
            } else {
                moved = calendar.workingDayOnOrBefore(fixed.date().plus(year - oldYear, ChronoUnit.YEARS));
            }
            return new FixedDeadline(moved, fixed.meaning());
        }
        if (rule instanceof DependentDeadline dependent) {
            return new DependentDeadline(Objects.requireNonNull(shift(dependent.rule(), oldSession, newSession,
                    oldYear)), dependent.follows());
        }
        return rule;
    }

    /** "năm 2024" becomes "năm 2026", except inside a full date ("tháng 1 năm 2024"). */
    private String yearText(String text, int oldYear) {
        Matcher m = Pattern.compile("(?<!tháng \\d{1,2} )(?<!tháng \\d{1,2}/)năm " + oldYear + "\\b").matcher(text);
        return m.replaceAll("năm " + year);
    }

    private static @Nullable String map(@Nullable String value, UnaryOperator<String> f) {
        return value == null ? null : f.apply(value);
    }

    private static List<String> mapAll(List<String> ids, UnaryOperator<String> f) {
        return List.copyOf(new LinkedHashSet<>(ids.stream().map(f).toList()));
    }
}
