package vn.dialogue.check;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.dialogue.calendar.ProvisionalPeriod;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.Session;

/**
 * A session day or a task deadline that depends on a holiday period the Government has not yet
 * decided for its year (its days come from the Labour Code's defaults): one INFO finding
 * {@code CALENDAR_PROVISIONAL} per period, naming it and what depends on it, so that an official
 * looks again when the decision comes out. Deadlines are resolved from the session days and from
 * each other as far as they go; one that cannot be dated is left to the timeline checks.
 */
public final class ProvisionalDaysRule implements PlanRule {

    private final WorkingCalendar calendar;

    /** The rule on {@code calendar}: its notices say which periods are decided. */
    public ProvisionalDaysRule(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public List<Finding> check(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Map<ProvisionalPeriod, List<String[]>> affected = new LinkedHashMap<>();
        DeadlineContext context = DeadlineContext.of(calendar);
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            if (s.date() == null) {
                continue;
            }
            context = context.with(MilestoneRef.session(s.id()), s.date());
            if (i == 0) {
                context = context.with(MilestoneRef.session(), s.date());
            }
            for (ProvisionalPeriod p : calendar.provisionalBetween(s.date(), s.date())) {
                affected.computeIfAbsent(p, k -> new ArrayList<>()).add(new String[] {"sessions[" + i + "]",
                        s.title() != null && !s.title().isBlank() ? s.title().strip()
                                : "phiên đối thoại ngày "
                                        + s.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        s.title() != null && !s.title().isBlank() ? s.title().strip() : "the session of " + s.date()});
            }
        }
        // deadlines count from sessions and from each other: date them pass by pass until nothing new
        Map<String, Deadline> dated = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) { // each pass dates at least one more task, or it is the last
            progress = false;
            for (PlannedTask t : plan.tasks()) {
                DeadlineRule rule = t.task().deadline();
                if (rule == null || dated.containsKey(t.id())) {
                    continue;
                }
                try {
                    var resolved = rule.resolve(context);
                    if (resolved.isPresent()) {
                        dated.put(t.id(), resolved.get());
                        context = context.with(MilestoneRef.task(t.id()), resolved.get().lastDay());
                        progress = true;
                        for (ProvisionalPeriod p : resolved.get().provisional()) {
                            affected.computeIfAbsent(p, k -> new ArrayList<>()).add(new String[] {t.path() + ".deadline",
                                    "hạn của nhiệm vụ “" + t.task().label() + "”",
                                    "the deadline of task “" + t.task().label() + "”"});
                        }
                    }
                } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                    dated.put(t.id(), null); // out of the calendar's range: the timeline checks report it
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        affected.forEach((period, what) -> {
            String vi = String.join(", ", what.stream().map(w -> w[1]).distinct().toList());
            String en = String.join(", ", what.stream().map(w -> w[2]).distinct().toList());
            out.add(Finding.info("CALENDAR_PROVISIONAL", what.get(0)[0],
                    "Ngày tạm tính: " + period.describe().vi() + ". Phụ thuộc vào đó: " + vi
                            + ". Xem lại khi có thông báo nghỉ lễ của Chính phủ.",
                    "Provisional days: " + period.describe().en() + ". Depending on it: " + en
                            + ". Check again when the Government's holiday notice comes out."));
        });
        return out;
    }
}
