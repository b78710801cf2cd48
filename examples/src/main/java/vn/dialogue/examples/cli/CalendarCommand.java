package vn.dialogue.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.calendar.Holiday;
import vn.dialogue.calendar.LunarDate;
import vn.dialogue.calendar.OfficialNotice;
import vn.dialogue.calendar.ProvisionalPeriod;
import vn.dialogue.calendar.Weekdays;
import vn.dialogue.calendar.WorkingCalendar;

/**
 * {@code dialogue calendar YEAR}: the year's days off and swapped working Saturdays, with the rule
 * or notice behind each, the periods not yet decided (provisional), and its working days by month.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true)
final class CalendarCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ParentCommand
    DialogueCommand parent;

    @Parameters(paramLabel = "YEAR", descriptionKey = "year")
    int year;

    @Option(names = "--notices")
    java.nio.file.Path notices;

    @Override
    public Integer call() {
        if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
            throw new IllegalArgumentException(parent.language().say("error.year", year, WorkingCalendar.MIN_YEAR,
                    WorkingCalendar.MAX_YEAR));
        }
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        if (notices != null) {
            calendar = calendar.withNotices(vn.dialogue.calendar.OfficialNotices.read(notices));
        }
        var out = parent.spec.commandLine().getOut();
        boolean vi = "vi".equals(parent.locale().getLanguage());
        out.println(vi ? "Ngày nghỉ năm " + year + ":" : "Days off in " + year + ":");
        for (Holiday h : calendar.holidays(year)) {
            out.printf("  %s  (%s)  %s  [%s; %s]%s%n", day(h.date(), vi), lunar(h.date(), vi), h.name(), h.rule(),
                    h.source(), mark(calendar, h.date(), vi));
        }
        WorkingCalendar cal = calendar;
        List<OfficialNotice.WorkingDay> worked = cal.notices().stream().flatMap(n -> n.workingDays().stream())
                .filter(w -> w.date().getYear() == year && cal.isWorkingDay(w.date())).distinct()
                .sorted(java.util.Comparator.comparing(OfficialNotice.WorkingDay::date)).toList();
        if (!worked.isEmpty()) {
            out.println(vi ? "Ngày nghỉ hằng tuần phải đi làm (làm bù):" : "Rest days worked (swapped):");
            for (OfficialNotice.WorkingDay w : worked) {
                out.printf("  %s  %s%s%n", day(w.date(), vi), w.name(), mark(calendar, w.date(), vi));
            }
        }
        List<ProvisionalPeriod> provisional = calendar.provisionalPeriods(year);
        if (provisional.isEmpty()) {
            out.println(vi ? "Mọi dịp nghỉ lễ năm " + year + " đã có quyết định của Chính phủ."
                    : "Every holiday period of " + year + " is decided by the Government.");
        } else {
            out.println(vi ? "Tạm tính (*), chưa có quyết định của Chính phủ; xem lại khi có thông báo:"
                    : "Provisional (*), not yet decided by the Government; check again when the notice comes out:");
            for (ProvisionalPeriod p : provisional) {
                out.printf("  * %s%n", vi ? p.describe().vi() : p.describe().en());
                out.printf("    %s %s - %s%n", vi ? "ngày có thể thay đổi:" : "days that may change:",
                        day(p.from(), vi), day(p.to(), vi));
            }
        }
        out.println(vi ? "Số ngày làm việc theo tháng:" : "Working days by month:");
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
            int days = calendar.workingDaysBetween(first.minusDays(1), last);
            out.printf("  %02d/%d: %d%s%n", m, year, days, calendar.provisionalBetween(first, last).isEmpty() ? ""
                    : vi ? " (tạm tính)" : " (provisional)");
        }
        out.flush();
        return DialogueCommand.OK;
    }

    /** "T3 17/02/2026" in Vietnamese, "Tue 17/02/2026" in English. */
    private static String day(LocalDate date, boolean vi) {
        return (vi ? Weekdays.viShort(date.getDayOfWeek()) : Weekdays.enShort(date.getDayOfWeek())) + " " + DAY.format(date);
    }

    /** "âm lịch 1/1", "âm lịch 10/2 nhuận"; in English "lunar 1/1", flagged when the month's first day is uncertain. */
    private static String lunar(LocalDate date, boolean vi) {
        LunarDate lunar = LunarDate.from(date);
        return (vi ? "âm lịch " : "lunar ") + lunar.day() + "/" + lunar.month() + (lunar.leapMonth() ? vi ? " nhuận" : " leap" : "")
                + (lunar.uncertain() ? vi ? ", ngày đầu tháng chưa chắc chắn" : ", first day of the month uncertain" : "");
    }

    private static String mark(WorkingCalendar calendar, LocalDate date, boolean vi) {
        return calendar.isProvisional(date) ? vi ? "  * tạm tính" : "  * provisional" : "";
    }
}
