package vn.dialogue.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.plan.Task;

/**
 * A task's text keeps no second copy of its deadline that disagrees with the rule: a date written in the text
 * ("trước ngày 29 tháng 10 năm 2024", "trước ngày 15/11/2024", "ngày 20/11") that is not the day the deadline
 * states. The documents print the deadline from the rule where the text holds {@link Task#DEADLINE_MARKER}.
 *
 * <p>Codes: {@code TASK_DATE_DISAGREES} (an error when the written year is not the deadline's, the copy left
 * behind when a plan is carried to another year; a warning when only the day or month differs, which may be
 * another date the task names), {@code TASK_DEADLINE_MARKER_UNSET} (an error: the text holds the marker and the
 * task sets no deadline, so nothing would print in its place), {@code TASK_DEADLINE_WRITTEN} (information: the
 * text writes the deadline out instead of the marker).
 */
final class TaskDateRule implements PlanRule {

    /** "29 tháng 10 năm 2024", "01 tháng 12", "29/10/2024", "15/11"; a day and month, the year when written. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s*(?:tháng\\s*(\\d{1,2})(?:\\s*năm\\s*(\\d{4}))?|/(\\d{1,2})(?:/(\\d{4}))?)(?![\\d/])");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        for (PlannedTask t : plan.tasks()) {
            Task task = t.task();
            DeadlineRule rule = task.deadline();
            if (task.marksDeadline() && rule == null) {
                out.add(Finding.error("TASK_DEADLINE_MARKER_UNSET", t.path() + ".text",
                        "Nhiệm vụ '" + t.id() + "': nội dung có chỗ ghi hạn " + Task.DEADLINE_MARKER
                                + " nhưng nhiệm vụ chưa đặt hạn (deadline); văn bản sẽ không in được hạn.",
                        "Task '" + t.id() + "': the text holds the deadline marker " + Task.DEADLINE_MARKER
                                + " but the task sets no deadline, so no deadline would print there."));
            }
            Optional<LocalDate> stated = rule == null ? Optional.empty() : rule.statedDay();
            if (stated.isEmpty()) {
                continue;
            }
            LocalDate due = stated.get();
            Matcher m = DATE.matcher(task.text());
            while (m.find()) {
                int day = Integer.parseInt(m.group(1));
                String monthText = m.group(2) != null ? m.group(2) : m.group(4);
                String yearText = m.group(3) != null ? m.group(3) : m.group(5);
                int month = Integer.parseInt(monthText);
                if (day < 1 || day > 31 || month < 1 || month > 12) {
                    continue;
                }
                Integer year = yearText == null ? null : Integer.valueOf(yearText);
                if (!validDay(year == null ? due.getYear() : year, month, day)) {
                    continue;
                }
                boolean sameDay = day == due.getDayOfMonth() && month == due.getMonthValue();
                boolean sameYear = year == null || year == due.getYear();
                String written = m.group().strip();
                String rulePhrase = rule.inText() + " (" + DAY.format(due) + ")";
                if (sameDay && sameYear) {
                    if (!task.marksDeadline()) {
                        out.add(Finding.info("TASK_DEADLINE_WRITTEN", t.path() + ".text",
                                "Nhiệm vụ '" + t.id() + "': nội dung ghi hạn \"" + written + "\"; nên ghi "
                                        + Task.DEADLINE_MARKER + " vào chỗ đó để văn bản in hạn từ quy định hạn"
                                        + " và hạn không lỗi thời khi chuyển kế hoạch sang năm khác.",
                                "Task '" + t.id() + "': the text writes its deadline out (\"" + written + "\"); write "
                                        + Task.DEADLINE_MARKER + " there instead, so the documents print it from the"
                                        + " rule and it does not go stale in another year's plan."));
                    }
                    continue;
                }
                String vi = "Nhiệm vụ '" + t.id() + "': nội dung ghi ngày \"" + written + "\", khác hạn của nhiệm vụ "
                        + rulePhrase + ". Sửa ngày trong nội dung, hoặc ghi " + Task.DEADLINE_MARKER
                        + " vào chỗ của hạn để văn bản in hạn từ quy định hạn.";
                String en = "Task '" + t.id() + "': the text writes \"" + written + "\", which is not the task's deadline "
                        + rulePhrase + ". Correct the text, or write " + Task.DEADLINE_MARKER
                        + " where the deadline goes so the documents print it from the rule.";
                out.add(sameYear ? Finding.warning("TASK_DATE_DISAGREES", t.path() + ".text", vi, en)
                        : Finding.error("TASK_DATE_DISAGREES", t.path() + ".text", vi, en));
            }
        }
        return out;
    }

    private static boolean validDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
