package vn.dialogue.examples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dialogue.check.CheckReport;
import vn.dialogue.check.Finding;
import vn.dialogue.check.Severity;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;
import vn.dialogue.timeline.Milestone;
import vn.dialogue.timeline.Timeline;

/**
 * What the example prints for an official to read: labels, names and dates as documents print them, never a code,
 * an enum constant or an id (those stay in the files the example writes). Stateless.
 */
final class ConsoleText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ConsoleText() {
    }

    /** "22/11/2024". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Each finding as "Lưu ý: ...", then the count of each kind in words. */
    static List<String> findings(CheckReport report) {
        List<String> lines = new ArrayList<>();
        for (Finding f : report.findings()) {
            lines.add(severity(f.severity()) + ": " + f.message().in(VI));
        }
        lines.add(report.errors().size() + " lỗi, " + report.warnings().size() + " cảnh báo, "
                + report.of(Severity.INFO).size() + " lưu ý");
        return lines;
    }

    private static String severity(Severity s) {
        switch (s) {
            case ERROR:
                return "Lỗi";
            case WARNING:
                return "Cảnh báo";
            default:
                return "Lưu ý";
        }
    }

    /**
     * The timeline a line a milestone: the weekday and the day, then the task by its text and the agencies that own
     * it by name (a session by its name), e.g. "T2 28/10/2024  hạn Hội Liên hiệp Phụ nữ tỉnh Kon Tum: Hướng dẫn,
     * tổng hợp các ý kiến ...".
     */
    static List<String> timeline(Plan plan, Timeline timeline) {
        List<String> lines = new ArrayList<>();
        for (Milestone m : timeline.milestones()) {
            Optional<LocalDate> day = m.day();
            String when = day.map(d -> weekday(d) + " " + day(d))
                    .orElse(m.expectedMonth() == null ? "chưa có ngày"
                            : "tháng " + m.expectedMonth().getMonthValue() + "/" + m.expectedMonth().getYear());
            lines.add(String.format("%-13s  %s", when, what(plan, m)));
        }
        return lines;
    }

    private static String what(Plan plan, Milestone m) {
        if (m.kind() == Milestone.Kind.SESSION) {
            return "Phiên đối thoại";
        }
        if (m.ref().kind() == MilestoneRef.Kind.TASK) {
            for (PlannedTask t : plan.tasks()) {
                if (t.id().equals(m.ref().id())) {
                    List<String> owners = t.owners().stream().map(plan.registry()::organisationName).toList();
                    return "Hạn của " + String.join(", ", owners) + ": " + shortened(t.task().text());
                }
            }
        }
        return m.label().in(VI);
    }

    /** The first sentence, at most 70 characters, cut at a space. */
    static String shortened(String text) {
        int stop = text.indexOf(". ");
        String first = stop < 0 ? text : text.substring(0, stop + 1);
        if (first.length() <= 70) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 67);
        return first.substring(0, cut < 0 ? 67 : cut) + "…";
    }

    private static String weekday(LocalDate d) {
        switch (d.getDayOfWeek()) {
            case MONDAY:
                return "T2";
            case TUESDAY:
                return "T3";
            case WEDNESDAY:
                return "T4";
            case THURSDAY:
                return "T5";
            case FRIDAY:
                return "T6";
            case SATURDAY:
                return "T7";
            default:
                return "CN";
        }
    }
}
