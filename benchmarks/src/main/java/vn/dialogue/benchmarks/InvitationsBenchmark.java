package vn.dialogue.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

import vn.dialogue.export.Documents;
import vn.dialogue.export.Format;
import vn.dialogue.export.InvitationDocument;
import vn.dialogue.export.Invitee;
import vn.dialogue.plan.Plan;

/**
 * Workload 8 (invitations): 250 invitations (Giấy mời) to named women, merged into one DOCX, one
 * per page, against the same text written with raw POI. Target: at most 1.5 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class InvitationsBenchmark {

    static final int INVITEES = 250;

    private Plan plan = Seed.plan();
    private List<Invitee> invitees = List.of();
    private RawText text = RawText.of(InvitationDocument.of(plan).layout(Invitee.person("Bà A", null)));

    @Setup
    public void setUp() {
        plan = Seed.plan();
        SplittableRandom random = new SplittableRandom(250);
        List<Invitee> list = new ArrayList<>();
        for (String name : Names.women(INVITEES, random)) {
            list.add(Invitee.person(name, Names.title(random)));
        }
        invitees = List.copyOf(list);
        text = RawText.of(InvitationDocument.of(plan).merged(invitees));
    }

    /** The merged invitations composed from the plan and rendered as DOCX. */
    @Benchmark
    public long library() throws IOException {
        Sink sink = new Sink();
        Documents.render(InvitationDocument.of(plan).merged(invitees), Format.DOCX, sink);
        return sink.count();
    }

    /** The same text with raw POI. */
    @Benchmark
    public long baseline() throws IOException {
        Sink sink = new Sink();
        text.writeDocx(sink);
        return sink.count();
    }
}
