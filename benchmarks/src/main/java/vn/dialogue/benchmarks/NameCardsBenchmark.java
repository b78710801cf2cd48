package vn.dialogue.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
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
import vn.dialogue.export.NameCardDocument;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.Plan;
import vn.dialogue.seating.HallLayout;
import vn.dialogue.seating.NameCard;
import vn.dialogue.seating.NameCards;
import vn.dialogue.seating.Seating;
import vn.dialogue.seating.SeatingPlan;
import vn.dialogue.venue.Venue;

/**
 * Workload 8 (name cards): 250 name cards as one PDF by {@code NameCardDocument} (a folded card a
 * page, A4 landscape, the face printed on both halves), from the seating of a sample delegate list
 * of the seed plan ({@code SampleDelegates}, {@code Seating}, {@code NameCards}); against the same
 * text written with raw OpenPDF, a card a page. Target: at most 1.5 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class NameCardsBenchmark {

    static final int CARDS = 250;
    private static final Instant STAMP = Instant.parse("2024-11-01T00:00:00Z");

    private List<SeatingPlan> seatings = List.of();
    private Plan plan = Seed.plan();
    private RawText text = RawText.of(LayoutDocument.of(DocumentInfo.vietnamese("x", "x", STAMP),
            PageSetup.a4Landscape(), Paragraph.of("x")));
    private RawText.PdfFonts fonts = new RawText.PdfFonts();

    @Setup
    public void setUp() {
        plan = Seed.plan();
        DelegateList delegates = SampleDelegates.forPlan(plan, SampleDelegates.Options.forPlan(plan, 8)
                .withBridgePointSize(60));
        List<SeatingPlan> all = new ArrayList<>();
        int cards = 0;
        for (Venue v : plan.venues()) {
            if (cards >= CARDS || delegates.at(v.id()).isEmpty()) {
                continue;
            }
            SeatingPlan s = Seating.forPlan(plan, HallLayout.uniform(v.id(), 12, 4, 12, 12), delegates, List.of());
            all.add(s);
            cards += NameCards.from(s, plan.registry()).size();
        }
        if (cards < CARDS) {
            throw new IllegalStateException("the sample delegates give " + cards + " cards, fewer than " + CARDS);
        }
        seatings = List.copyOf(all);
        text = RawText.of(cards().layout());
        fonts = new RawText.PdfFonts();
    }

    /** The first 250 cards of the seatings, as the library's name-card document. */
    NameCardDocument cards() {
        List<NameCard> cards = new ArrayList<>();
        for (SeatingPlan s : seatings) {
            cards.addAll(NameCards.from(s, plan.registry()));
        }
        return NameCardDocument.of(plan, cards.subList(0, CARDS)).withTimestamp(STAMP);
    }

    /** The cards of the seating plans rendered by the library as PDF. */
    @Benchmark
    public long library() throws IOException {
        Sink sink = new Sink();
        cards().render(Format.PDF, sink);
        return sink.count();
    }

    /** The same text with raw OpenPDF. */
    @Benchmark
    public long baseline() throws IOException {
        Sink sink = new Sink();
        text.writePdf(fonts, sink);
        return sink.count();
    }
}
