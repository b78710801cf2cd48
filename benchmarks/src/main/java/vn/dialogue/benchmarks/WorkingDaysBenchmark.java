package vn.dialogue.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.StatutoryDeadline;

/**
 * Workload 6: working-day arithmetic ({@code WorkingCalendar.plusWorkingDays}) and deadline
 * resolution (the deadline rules' {@code lastDay}) against {@code LocalDate.plusDays}, per call,
 * over 4,096 dates spread over 2021-2029 (Tết, make-up days and year ends included) and counts
 * of -30 to +30 days. Every call of every side also steps the same index, so the ratio compares
 * the calls alone. Target: at most 10 times the baseline per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class WorkingDaysBenchmark {

    private static final int SIZE = 4096;

    private final LocalDate[] dates = new LocalDate[SIZE];
    private final int[] counts = new int[SIZE];
    private final DeadlineRule[] rules = new DeadlineRule[SIZE];
    private final DeadlineContext[] contexts = new DeadlineContext[SIZE];
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2024);
        LocalDate first = LocalDate.of(2021, 1, 1);
        List<DeadlineRule> kinds = List.of(
                OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()),
                OffsetDeadline.workingDaysAfter(7, MilestoneRef.session()),
                StatutoryDeadline.writtenReply(MilestoneRef.receipt()),
                StatutoryDeadline.firstInstanceComplaint(MilestoneRef.receipt()));
        for (int k = 0; k < SIZE; k++) {
            dates[k] = first.plusDays(random.nextInt(9 * 365));
            int n = random.nextInt(1, 31);
            counts[k] = random.nextBoolean() ? n : -n;
            rules[k] = kinds.get(k % kinds.size());
            contexts[k] = DeadlineContext.of(calendar).with(MilestoneRef.session(), dates[k])
                    .with(MilestoneRef.receipt(), dates[k]);
            // the calendar computes each year once, on first use: not part of a call
            calendar.plusWorkingDays(dates[k], counts[k]);
            rules[k].lastDay(contexts[k]);
        }
    }

    private int next() {
        int k = i;
        i = (k + 1) & (SIZE - 1);
        return k;
    }

    /** {@code LocalDate.plusDays}. */
    @Benchmark
    public LocalDate baseline() {
        int k = next();
        return dates[k].plusDays(counts[k]);
    }

    /** {@code WorkingCalendar.plusWorkingDays}. */
    @Benchmark
    public LocalDate plusWorkingDays() {
        int k = next();
        return calendar.plusWorkingDays(dates[k], counts[k]);
    }

    /** A deadline rule's {@code lastDay}: working days before/after a session, statutory periods. */
    @Benchmark
    public Optional<LocalDate> deadlineLastDay() {
        int k = next();
        return rules[k].lastDay(contexts[k]);
    }
}
