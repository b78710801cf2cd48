package vn.dialogue.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.calendar.Holiday;
import vn.dialogue.calendar.LunarDate;
import vn.dialogue.calendar.WorkingCalendar;

/** {@code dialogue calendar YEAR}: the year's days off, with the rule behind each, and its working days by month. */
@Command(name = "calendar", mixinStandardHelpOptions = true)
final class CalendarCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", java.util.Locale.ENGLISH);

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
            LunarDate lunar = LunarDate.from(h.date());
            out.printf("  %s  (âm lịch %d/%d%s)  %s  [%s; %s]%n", DAY.format(h.date()), lunar.day(), lunar.month(),
                    lunar.leapMonth() ? " nhuận" : "", h.name(), h.rule(), h.source());
        }
        out.println(vi ? "Số ngày làm việc theo tháng:" : "Working days by month:");
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            int days = calendar.workingDaysBetween(first.minusDays(1), first.withDayOfMonth(first.lengthOfMonth()));
            out.printf("  %02d/%d: %d%n", m, year, days);
        }
        out.flush();
        return DialogueCommand.OK;
    }
}
