package vn.dialogue.benchmarks;

import java.io.IOException;
import java.time.Instant;
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

import vn.dialogue.export.Documents;
import vn.dialogue.export.Format;
import vn.dialogue.export.InvitationDocument;
import vn.dialogue.export.PlanDocument;
import vn.dialogue.export.ProgrammeDocument;
import vn.dialogue.plan.Plan;

/**
 * Workload 7: the documents of the end-to-end example ({@code KonTum2024}, {@code ExampleDocuments})
 * that POI and OpenPDF write, composed from the plan and rendered: as DOCX the plan, the programme
 * and the invitations merged from the delegate list; as PDF the plan and the programme. Against the
 * same text written with raw POI and raw OpenPDF ({@link RawText}). The example's HTML, ICS and
 * delegate-list XLSX have no raw-library counterpart here. Target: at most 1.5 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class ExportDocumentsBenchmark {

    private Plan plan = Seed.plan();
    private static final Instant STAMP = Instant.parse("2024-10-21T17:00:00Z");

    private List<RawText> docx = List.of();
    private List<RawText> pdf = List.of();
    private RawText.PdfFonts fonts = new RawText.PdfFonts();

    @Setup
    public void setUp() {
        plan = Seed.plan();
        InvitationDocument invitations = InvitationDocument.of(plan).withTimestamp(STAMP);
        RawText planText = RawText.of(PlanDocument.of(plan).withTimestamp(STAMP).layout());
        RawText programmeText = RawText.of(ProgrammeDocument.of(plan).withTimestamp(STAMP).layout());
        docx = List.of(planText, programmeText, RawText.of(invitations.merged(invitations.inviteesFromDelegateList())));
        pdf = List.of(planText, programmeText);
        fonts = new RawText.PdfFonts();
    }

    /** The plan, the programme and the merged invitations as DOCX, from the plan. */
    @Benchmark
    public long libraryDocx() throws IOException {
        Sink sink = new Sink();
        PlanDocument.of(plan).withTimestamp(STAMP).render(Format.DOCX, sink);
        ProgrammeDocument.of(plan).withTimestamp(STAMP).render(Format.DOCX, sink);
        InvitationDocument invitations = InvitationDocument.of(plan).withTimestamp(STAMP);
        Documents.render(invitations.merged(invitations.inviteesFromDelegateList()), Format.DOCX, sink);
        return sink.count();
    }

    /** The plan and the programme as PDF, from the plan. */
    @Benchmark
    public long libraryPdf() throws IOException {
        Sink sink = new Sink();
        PlanDocument.of(plan).withTimestamp(STAMP).render(Format.PDF, sink);
        ProgrammeDocument.of(plan).withTimestamp(STAMP).render(Format.PDF, sink);
        return sink.count();
    }

    /** The same text with raw POI. */
    @Benchmark
    public long baselineDocx() throws IOException {
        Sink sink = new Sink();
        for (RawText text : docx) {
            text.writeDocx(sink);
        }
        return sink.count();
    }

    /** The same text with raw OpenPDF. */
    @Benchmark
    public long baselinePdf() throws IOException {
        Sink sink = new Sink();
        for (RawText text : pdf) {
            text.writePdf(fonts, sink);
        }
        return sink.count();
    }
}
