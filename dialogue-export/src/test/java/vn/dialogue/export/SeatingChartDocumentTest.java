package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Table;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.VietnameseCollation;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.seating.Block;
import vn.dialogue.seating.HallLayout;
import vn.dialogue.seating.Protocol;
import vn.dialogue.seating.SeatPin;
import vn.dialogue.seating.Seating;
import vn.dialogue.seating.SeatingPlan;

class SeatingChartDocumentTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final DelegateList DELEGATES = SeedParticipants.delegates(PLAN);
    private static final SeatingPlan SEATING = SeedParticipants.seating(PLAN, DELEGATES);

    private static String occupant(String seat) {
        return SEATING.occupant(seat).map(Delegate::fullName).orElseThrow();
    }

    @Test
    void should_draw_the_presidium_and_each_block_as_a_grid_of_named_seats_when_rendered_to_docx() throws IOException {
        // GIVEN the 250 seats of the seed hall, all taken
        SeatingChartDocument chart = SeatingChartDocument.of(PLAN, SEATING).withTimestamp(Samples.STAMP);
        // WHEN the chart is rendered to DOCX and read back
        try (XWPFDocument doc = Outputs.docx(Outputs.render(chart.layout(), Format.DOCX))) {
            // THEN the title, the venue and time, the stage and the block headings print in order
            assertThat(Outputs.paragraphs(doc)).containsSubsequence("SƠ ĐỒ CHỖ NGỒI",
                    "Hội trường Ngọc Linh, 07 giờ 30, ngày 22 tháng 11 năm 2024", "SÂN KHẤU",
                    "Đoàn Chủ tịch (ghế 1 ở giữa)", "Khối A: 8 hàng, mỗi hàng 8 ghế",
                    "Khối B: 8 hàng, mỗi hàng 15 ghế", "Khối C: 8 hàng, mỗi hàng 8 ghế", "DANH SÁCH TRA CỨU CHỖ NGỒI");
            List<XWPFTable> tables = doc.getTables();
            // the presidium as the hall sees it: seat 2 on the left, seat 1 (the chair) in the centre
            XWPFTable presidium = tables.get(0);
            assertThat(presidium.getRow(0).getCell(0).getText()).isEqualTo("Ghế 2");
            assertThat(presidium.getRow(0).getCell(1).getText()).isEqualTo("Ghế 1");
            Delegate chair = SEATING.occupant("P-1").orElseThrow();
            assertThat(presidium.getRow(1).getCell(1).getText()).startsWith(chair.fullName())
                    .endsWith(String.valueOf(chair.title()));
            // block B: a column per seat and a row per hall row, each seat with its delegate's name
            XWPFTable blockB = tables.get(2);
            assertThat(blockB.getRow(0).getTableCells()).hasSize(16);
            assertThat(blockB.getRows()).hasSize(9);
            assertThat(blockB.getRow(0).getCell(8).getText()).isEqualTo("8");
            assertThat(blockB.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(blockB.getRow(1).getCell(8).getText()).isEqualTo(occupant("B-01-08"));
            assertThat(blockB.getRow(3).getCell(15).getText()).isEqualTo(occupant("B-03-15"));
            // the seat finder: everyone seated once, in Vietnamese name order, with the seat in words
            XWPFTable finder = tables.get(tables.size() - 1);
            assertThat(finder.getRows()).hasSize(1 + 250);
            List<String> names = new ArrayList<>();
            for (XWPFTableRow row : finder.getRows().subList(1, finder.getRows().size())) {
                names.add(row.getCell(1).getText());
                if (row.getCell(1).getText().equals(occupant("P-1"))) {
                    assertThat(row.getCell(3).getText()).isEqualTo("Đoàn Chủ tịch, ghế 1");
                }
            }
            List<Delegate> sorted = SEATING.assignments().stream().map(a -> a.delegate())
                    .sorted(DelegateList.BY_NAME).toList();
            assertThat(names).isEqualTo(sorted.stream().map(Delegate::fullName).toList());
            // given names lead: the given names never go backwards in Vietnamese order, whatever the family names
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(VietnameseCollation.compare(sorted.get(i - 1).name().given(), sorted.get(i).name().given()))
                        .as("%s before %s", names.get(i - 1), names.get(i)).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void should_print_on_a4_landscape_with_the_names_extractable_when_rendered_to_pdf() throws IOException {
        byte[] pdf = Outputs.render(SeatingChartDocument.of(PLAN, SEATING).layout(), Format.PDF);
        try (PDDocument doc = Outputs.pdf(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
        List<String> lines = Outputs.pdfLines(pdf);
        assertThat(lines).contains("SƠ ĐỒ CHỖ NGỒI", "SÂN KHẤU", "DANH SÁCH TRA CỨU CHỖ NGỒI", occupant("P-1"));
        Delegate chair = DELEGATES.filter(d -> d.role() == DelegateRole.CHAIR).get(0);
        // the finder's row of the chair reads across: name, title, seat
        assertThat(Outputs.pdfLinesByPosition(pdf)).anyMatch(l -> l.contains(chair.fullName())
                && l.endsWith("Đoàn Chủ tịch, ghế 1"));
    }

    @Test
    void should_split_wide_blocks_and_mark_held_seats_when_a_pinned_delegate_is_absent() {
        // GIVEN a block 20 seats wide, and a seat pinned for a delegate who does not attend
        HallLayout wide = new HallLayout(SeedParticipants.HALL, 1, List.of(Block.of("A", 2, 20)));
        List<Delegate> few = DELEGATES.at(SeedParticipants.HALL).subList(0, 12);
        Delegate absent = DELEGATES.at(SeedParticipants.HALL).get(20);
        SeatingPlan seating = Seating.assign(wide, few, Protocol.of(PLAN, SeedParticipants.HALL),
                List.of(SeatPin.of(absent.id(), "A-02-20")));
        // WHEN
        LayoutDocument layout = SeatingChartDocument.of(PLAN, seating).layout();
        // THEN the block prints as two tables, seats 1-16 and 17-20, and the pinned seat is held
        List<Table> tables = layout.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertThat(tables.get(1).header()).hasSize(17).startsWith("Hàng", "1").endsWith("16");
        assertThat(tables.get(2).header()).containsExactly("Hàng", "17", "18", "19", "20");
        assertThat(tables.get(2).rows().get(1).get(4)).isEqualTo("(giữ chỗ)");
        assertThat(layout.page().orientation()).isEqualTo(PageSetup.Orientation.LANDSCAPE);
    }

    @Test
    void should_give_byte_identical_files_when_rendered_twice() throws IOException {
        SeatingChartDocument chart = SeatingChartDocument.of(PLAN, SEATING);
        for (Format f : Format.values()) {
            assertThat(Outputs.render(chart.layout(), f)).as(f.name()).isEqualTo(Outputs.render(chart.layout(), f));
        }
    }

    @Test
    void should_print_the_english_words_when_given_the_english_wording() throws IOException {
        LayoutDocument layout = SeatingChartDocument.of(PLAN, SEATING).withWording(Wording.english()).layout();
        String html = new String(Outputs.render(layout, Format.HTML), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("SEATING CHART", "STAGE", "Block B: 8 rows of 15 seats", "Presidium, seat 1")
                .doesNotContain("SÂN KHẤU");
    }
}
