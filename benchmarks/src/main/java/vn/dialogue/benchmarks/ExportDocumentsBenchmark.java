package vn.dialogue.benchmarks;

import java.io.IOException;
import java.util.List;
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

import vn.dialogue.export.Format;
import vn.dialogue.export.InvitationDocument;
import vn.dialogue.export.PlanDocument;
import vn.dialogue.export.ProgrammeDocument;
import vn.dialogue.plan.Plan;

/**
 * Workload 7: the full document set of the end-to-end example (the plan, the programme and the
 * invitations merged from the delegate list, as {@code dialogue export} writes them), composed
 * from the plan and rendered as DOCX and as PDF, against the same text written with raw POI and
 * raw OpenPDF ({@link RawText}). Target: at most 1.5 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportDocumentsBenchmark {

    private Plan plan = Seed.plan();
    private List<RawText> texts = List.of();
    private RawText.PdfFonts fonts = new RawText.PdfFonts();

    @Setup
    public void setUp() {
        plan = Seed.plan();
        InvitationDocument invitations = InvitationDocument.of(plan);
        texts = List.of(RawText.of(PlanDocument.of(plan).layout()), RawText.of(ProgrammeDocument.of(plan).layout()),
                RawText.of(invitations.merged(invitations.inviteesFromDelegateList())));
        fonts = new RawText.PdfFonts();
    }

    /** The three documents as DOCX, from the plan. */
    @Benchmark
    public long libraryDocx() throws IOException {
        return library(Format.DOCX);
    }

    /** The three documents as PDF, from the plan. */
    @Benchmark
    public long libraryPdf() throws IOException {
        return library(Format.PDF);
    }

    private long library(Format format) throws IOException {
        Sink sink = new Sink();
        PlanDocument.of(plan).render(format, sink);
        ProgrammeDocument.of(plan).render(format, sink);
        InvitationDocument invitations = InvitationDocument.of(plan);
        vn.dialogue.export.Documents.render(invitations.merged(invitations.inviteesFromDelegateList()), format, sink);
        return sink.count();
    }

    /** The same text with raw POI. */
    @Benchmark
    public long baselineDocx() throws IOException {
        Sink sink = new Sink();
        for (RawText text : texts) {
            text.writeDocx(sink);
        }
        return sink.count();
    }

    /** The same text with raw OpenPDF. */
    @Benchmark
    public long baselinePdf() throws IOException {
        Sink sink = new Sink();
        for (RawText text : texts) {
            text.writePdf(fonts, sink);
        }
        return sink.count();
    }
}
