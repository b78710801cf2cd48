package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.export.layout.Alignment;
import vn.dialogue.export.layout.Block;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageBreak;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.Table;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.plan.Plan;
import vn.dialogue.seating.Seat;
import vn.dialogue.seating.SeatAssignment;
import vn.dialogue.seating.SeatingPlan;

/**
 * The seating chart (sơ đồ chỗ ngồi) of the main hall, on A4 landscape: the title and the meeting, the venue and
 * time, the stage, the presidium's seats left to right as the hall sees them (seat 1 in the centre) with each
 * occupant's name and title, then each block of the hall from the left as a grid: one row per hall row (from the
 * stage), one column per seat number, each occupied seat with its delegate's name, held seats marked. Blocks wider
 * than {@value #MAX_SEAT_COLUMNS} seats are printed in parts. After a page break comes a seat finder: every seated
 * delegate in Vietnamese name order with their seat, and the delegates the hall could not seat.
 *
 * <p>The chart is composed as tables of the layout model, so it prints alike to PDF (the chart to hang up), DOCX
 * and HTML. Fixed words come from the {@link Wording}. Immutable and thread-safe.
 */
public final class SeatingChartDocument {

    /** Seat columns per printed table: wider blocks are split, so that names stay readable on A4 landscape. */
    static final int MAX_SEAT_COLUMNS = 16;

    private final Plan plan;
    private final SeatingPlan seating;
    private final Wording wording;
    private final @Nullable Instant timestamp;

    private SeatingChartDocument(Plan plan, SeatingPlan seating, Wording wording, @Nullable Instant timestamp) {
        this.plan = plan;
        this.seating = seating;
        this.wording = wording;
        this.timestamp = timestamp;
    }

    /**
     * The chart of {@code seating}, a seating plan of the main hall of {@code plan}.
     *
     * @param plan the plan
     * @param seating the seating plan
     * @return the chart of {@code seating}, a seating plan of the main hall of {@code plan}
     */
    public static SeatingChartDocument of(Plan plan, SeatingPlan seating) {
        return new SeatingChartDocument(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(seating, "seating"),
                Wording.vietnamese(), null);
    }

    /**
     * The same chart with other fixed words.
     *
     * @param newWording the fixed words to print, e.g. {@code Wording.vietnamese()} overridden by a province's file
     * @return the same chart with other fixed words
     */
    public SeatingChartDocument withWording(Wording newWording) {
        return new SeatingChartDocument(plan, seating, Objects.requireNonNull(newWording, "wording"), timestamp);
    }

    /**
     * The same chart stamped with {@code instant}.
     *
     * @param instant the moment written into the document's metadata, so that the same input gives the same bytes
     * @return the same chart stamped with {@code instant}
     */
    public SeatingChartDocument withTimestamp(Instant instant) {
        return new SeatingChartDocument(plan, seating, wording, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Renders the chart as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, OutputStream out) throws IOException {
        Documents.render(layout(), format, out);
    }

    /**
     * The composed layout: A4 landscape, narrow margins.
     *
     * @return the composed layout: A4 landscape, narrow margins
     */
    public LayoutDocument layout() {
        List<Block> blocks = new ArrayList<>();
        String meeting = PlanFacts.meeting(plan, wording);
        blocks.add(new DocumentTitle(wording.text("document.seating.type"), PlanDocument.subjectLines(meeting)));
        String venue = PlanFacts.venueName(plan, seating.layout().venue());
        String time = PlanFacts.sessionTime(plan, wording);
        blocks.add(Paragraph.centered(Run.italic(time.isEmpty() ? venue : venue + ", " + time)));
        blocks.add(Paragraph.centered(Run.italic(wording.text("document.seating.numbering"))));
        // the hall drawn as it is on the first page; the name tables follow as its annex
        blocks.add(SeatingMap.figure(plan, seating, 267, 132, wording.text("document.seating.type"),
                wording.text("document.seating.stage"), wording.text("document.seating.presidium"), wording));
        blocks.add(new PageBreak());
        blocks.add(Paragraph.centered(Run.bold(wording.text("document.seating.stage"))));
        presidium(blocks);
        hall(blocks);
        blocks.add(new PageBreak());
        finder(blocks);
        PageSetup page = PageSetup.a4Landscape().withMargins(new PageSetup.Margins(15, 15, 15, 15))
                .withBodyFontSize(12);
        return new LayoutDocument(PlanFacts.info(plan, wording, wording.text("document.seating.type") + " " + meeting,
                timestamp, PlanFacts.draftMonth(plan)), page, blocks);
    }

    private void presidium(List<Block> blocks) {
        List<Seat> seats = seating.layout().presidium().stream().sorted(Comparator.comparingInt(Seat::position)).toList();
        if (seats.isEmpty()) {
            return;
        }
        blocks.add(Heading.of(1, "", wording.text("document.seating.presidium")));
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (Seat s : seats) {
            header.add(wording.format("document.seating.seat-column", Map.of("number", Integer.toString(s.number()))));
            row.add(occupantText(s, true));
        }
        blocks.add(Table.of(header, List.of(row)));
    }

    private void hall(List<Block> blocks) {
        for (vn.dialogue.seating.Block b : seating.layout().blocks()) {
            String title = wording.format("document.seating.block", Map.of("block", b.id(),
                    "rows", Integer.toString(b.rows()), "seats", Integer.toString(b.seatsPerRow())));
            if (!b.reservedFor().isEmpty()) {
                String roles = b.reservedFor().stream().sorted().map(r -> PlanFacts.role(r, wording))
                        .collect(Collectors.joining(", "));
                title = title + " " + wording.format("document.seating.block-reserved", Map.of("roles", roles));
            }
            blocks.add(Heading.of(1, "", title));
            for (int from = 1; from <= b.seatsPerRow(); from += MAX_SEAT_COLUMNS) {
                int to = Math.min(b.seatsPerRow(), from + MAX_SEAT_COLUMNS - 1);
                List<String> header = new ArrayList<>();
                List<Integer> widths = new ArrayList<>();
                header.add(wording.text("document.seating.row"));
                widths.add(2);
                for (int n = from; n <= to; n++) {
                    header.add(Integer.toString(n));
                    widths.add(3);
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 1; r <= b.rows(); r++) {
                    List<String> cells = new ArrayList<>();
                    cells.add(Integer.toString(r));
                    for (int n = from; n <= to; n++) {
                        String id = String.format("%s-%02d-%02d", b.id(), r, n);
                        cells.add(seating.layout().seat(id).map(s -> occupantText(s, false)).orElse(""));
                    }
                    rows.add(cells);
                }
                blocks.add(new Table(header, rows, widths));
            }
        }
    }

    /** The name in a seat, with the title at the presidium; the held mark for a held seat; else empty. */
    private String occupantText(Seat seat, boolean withTitle) {
        for (SeatAssignment a : seating.assignments()) {
            if (a.seat().id().equals(seat.id())) {
                Delegate d = a.delegate();
                return withTitle && d.title() != null ? d.fullName() + "\n" + d.title() : d.fullName();
            }
        }
        for (Seat held : seating.reserved()) {
            if (held.id().equals(seat.id())) {
                return wording.text("document.seating.held");
            }
        }
        return "";
    }

    private void finder(List<Block> blocks) {
        blocks.add(new DocumentTitle(wording.text("document.seating.finder"), List.of()));
        List<String> columns = List.of(wording.text("document.seating.finder-columns").split("\\|"));
        if (columns.size() != 4) {
            throw new IllegalArgumentException("wording 'document.seating.finder-columns' must name 4 columns "
                    + "separated by |, was '" + wording.text("document.seating.finder-columns") + "'");
        }
        Map<String, Seat> seatOf = new HashMap<>();
        seating.assignments().forEach(a -> seatOf.put(a.delegate().id(), a.seat()));
        List<Delegate> seated = seating.assignments().stream().map(SeatAssignment::delegate)
                .sorted(DelegateList.BY_NAME).toList();
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Delegate d : seated) {
            rows.add(List.of(Integer.toString(++n), d.fullName(), titleLine(d), seatLabel(seatOf.get(d.id()), wording)));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(columns, rows, List.of(1, 5, 9, 5)));
        }
        Set<String> seen = new HashSet<>();
        List<String> unseated = seating.unseated().stream().filter(d -> seen.add(d.id())).map(Delegate::fullName)
                .toList();
        if (!unseated.isEmpty()) {
            blocks.add(Paragraph.of(Run.bold(wording.format("document.seating.unseated",
                    Map.of("count", Integer.toString(unseated.size())))), Run.plain(" " + String.join("; ", unseated)
                    + ".")).withAlignment(Alignment.LEFT));
        }
    }

    private String titleLine(Delegate d) {
        String org = d.organisation() != null ? d.organisation()
                : d.organisationId() == null ? null : plan.registry().organisationName(d.organisationId());
        if (d.title() == null) {
            return org == null ? "" : org;
        }
        return org == null ? d.title() : d.title() + ", " + org;
    }

    /** "Khối B, hàng 3, ghế 7" or "Đoàn Chủ tịch, ghế 1", in the wording's words. */
    static String seatLabel(Seat seat, Wording wording) {
        if (seat.isPresidium()) {
            return wording.format("seat.presidium", Map.of("number", Integer.toString(seat.number())));
        }
        return wording.format("seat.hall", Map.of("block", String.valueOf(seat.block()),
                "row", Integer.toString(seat.row()), "number", Integer.toString(seat.number())));
    }
}
