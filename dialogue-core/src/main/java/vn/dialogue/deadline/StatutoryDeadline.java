package vn.dialogue.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.dialogue.text.Bilingual;
import vn.dialogue.text.Nfc;

/**
 * A period a law sets, counted from a milestone by the rules of Bộ luật Dân sự 2015, Điều 147-148
 * ({@link CivilCodePeriod}): "trong thời hạn 10 ngày làm việc kể từ ngày nhận được" (Luật Tiếp
 * công dân 2013, Điều 28). Immutable and thread-safe.
 *
 * @param from   the event the period counts from
 * @param period the length of the period
 * @param law    the provision that sets it, e.g. "Luật Tiếp công dân 2013, Điều 28"
 */
public record StatutoryDeadline(MilestoneRef from, CivilCodePeriod period, String law) implements DeadlineRule {

    /**
     * @param from the event the period counts from
     * @param period the length of the period
     * @param law the provision that sets it, e.g. "Luật Tiếp công dân 2013, Điều 28"
     * @throws IllegalArgumentException if the law is blank
     */
    public StatutoryDeadline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(period, "period");
        law = Nfc.of(Objects.requireNonNull(law, "law")).strip();
        if (law.isEmpty()) {
            throw new IllegalArgumentException("a statutory deadline must cite the law that sets it");
        }
    }

    /**
     * A written reply to a citizen: 10 working days from receipt (Luật Tiếp công dân 2013, Điều 28).
     *
     * @param receipt the milestone of the receipt counted from
     * @return a written reply to a citizen: 10 working days from receipt (Luật Tiếp công dân 2013, Điều 28)
     */
    public static StatutoryDeadline writtenReply(MilestoneRef receipt) {
        return new StatutoryDeadline(receipt, CivilCodePeriod.workingDays(10), "Luật Tiếp công dân 2013, Điều 28");
    }

    /**
     * A first-instance complaint: 30 days from receipt (Luật Khiếu nại 2011, Điều 28).
     *
     * @param receipt the milestone of the receipt counted from
     * @return a first-instance complaint: 30 days from receipt (Luật Khiếu nại 2011, Điều 28)
     */
    public static StatutoryDeadline firstInstanceComplaint(MilestoneRef receipt) {
        return new StatutoryDeadline(receipt, CivilCodePeriod.days(30), "Luật Khiếu nại 2011, Điều 28");
    }

    /**
     * A complex first-instance complaint: 45 days from receipt (Luật Khiếu nại 2011, Điều 28).
     *
     * @param receipt the milestone of the receipt counted from
     * @return a complex first-instance complaint: 45 days from receipt (Luật Khiếu nại 2011, Điều 28)
     */
    public static StatutoryDeadline complexFirstInstanceComplaint(MilestoneRef receipt) {
        return new StatutoryDeadline(receipt, CivilCodePeriod.days(45), "Luật Khiếu nại 2011, Điều 28");
    }

    @Override
    public Optional<LocalDate> lastDay(DeadlineContext context) {
        Objects.requireNonNull(context, "context");
        return context.dateOf(from).map(day -> period.lastDay(day, context.calendar()));
    }

    @Override
    public List<MilestoneRef> dependsOn() {
        return List.of(from);
    }

    @Override
    public boolean countsWorkingDays() {
        return period.unit() == PeriodUnit.WORKING_DAYS;
    }

    /**
     * E.g. "trong thời hạn 10 ngày làm việc kể từ ngày nhận câu hỏi (Luật Tiếp công dân 2013, Điều 28)" /
     * "within 10 working days of receipt of the question (Luật Tiếp công dân 2013, Điều 28)".
     */
    @Override
    public Bilingual describe() {
        Bilingual n = period.describe();
        Bilingual label = from.label();
        return Bilingual.of("trong thời hạn " + n.vi() + " kể từ " + label.vi() + " (" + law + ")",
                "within " + n.en() + " of " + label.en() + " (" + law + ")");
    }
}
