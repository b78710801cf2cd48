package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.FoldedCard;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.Plan;
import vn.dialogue.seating.NameCard;
import vn.dialogue.seating.NameCards;
import vn.dialogue.seating.SeatingPlan;

/**
 * Table cards and name cards, print-ready for folding: one card per A4 landscape page, folded along the page's
 * horizontal middle into a tent of 297 by 105 mm. Each half carries the card's face, the delegate's name as large
 * as fits (up to 54 pt, bold) with the title and the organisation under it; in the PDF the upper half is printed
 * upside down so that the standing card reads from both sides (see {@link FoldedCard}). Print the PDF at actual
 * size, without scaling. Immutable and thread-safe.
 */
public final class NameCardDocument {

    private final Plan plan;
    private final List<NameCard> cards;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private NameCardDocument(Plan plan, List<NameCard> cards, Wording wording, @Nullable Instant timestamp) {
        this.plan = plan;
        this.cards = cards;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /**
     * The given cards, in order.
     *
     * @param plan the plan
     * @param cards the name cards, one per page half, in the order to print
     * @return the given cards, in order
     * @throws IllegalArgumentException if {@code cards} is empty: there is no page to print
     */
    public static NameCardDocument of(Plan plan, List<NameCard> cards) {
        Objects.requireNonNull(plan, "plan");
        List<NameCard> copy = List.copyOf(Objects.requireNonNull(cards, "cards"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no name cards to print: the seating plan seats nobody");
        }
        return new NameCardDocument(plan, copy, Wording.vietnamese(), null);
    }

    /**
     * Every card of {@code seating} ({@link NameCards#from}): table cards for the leaders, then name cards.
     *
     * @param plan the plan
     * @param seating the seating plan
     * @return every card of {@code seating} ({@link NameCards#from}): table cards for the leaders, then name cards
     */
    public static NameCardDocument forSeating(Plan plan, SeatingPlan seating) {
        return of(plan, NameCards.from(Objects.requireNonNull(seating, "seating"), plan.registry()));
    }

    /**
     * The table cards of {@code seating} only: the presidium and the leaders' seats.
     *
     * @param plan the plan
     * @param seating the seating plan
     * @return the table cards of {@code seating} only: the presidium and the leaders' seats
     */
    public static NameCardDocument tableCards(Plan plan, SeatingPlan seating) {
        return of(plan, NameCards.tableCards(Objects.requireNonNull(seating, "seating"), plan.registry()));
    }

    /**
     * The same cards with other fixed words (the document title).
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same cards with other fixed words (the document title)
     */
    public NameCardDocument withWording(Wording newWording) {
        return new NameCardDocument(plan, cards, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /**
     * The same cards stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same cards stamped with {@code instant}
     */
    public NameCardDocument withTimestamp(Instant instant) {
        return new NameCardDocument(plan, cards, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * The cards, in print order.
     *
     * @return the cards, in print order
     */
    public List<NameCard> cards() {
        return cards;
    }

    /**
     * Renders the cards as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * The composed layout: A4 landscape with 10 mm margins, one {@link FoldedCard} per page.
     *
     * @return the composed layout: A4 landscape with 10 mm margins, one {@link FoldedCard} per page
     */
    public LayoutDocument layout() {
        List<Block> blocks = new ArrayList<>();
        for (NameCard c : cards) {
            List<String> lines = new ArrayList<>();
            if (c.title() != null) {
                lines.add(c.title());
            }
            if (c.organisation() != null) {
                lines.add(c.organisation());
            }
            blocks.add(new FoldedCard(c.name(), lines));
        }
        PageSetup page = PageSetup.a4Landscape().withMargins(new PageSetup.Margins(10, 10, 10, 10));
        return new LayoutDocument(PlanFacts.info(plan, wording, wording.text("document.name-cards.type") + " "
                + PlanFacts.meeting(plan, wording), timestamp, PlanFacts.draftMonth(plan)), page, blocks);
    }
}
