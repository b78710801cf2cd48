package vn.dialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.InvitationDocument;
import vn.dialogue.export.sheet.Sheet;
import vn.dialogue.export.sheet.Spreadsheet;
import vn.dialogue.export.sheet.XlsxWriter;
import vn.dialogue.export.layout.DocumentInfo;

/**
 * Each workload and its baseline run once, outside JMH, on the same input: they do the work they
 * claim (the build never times them; that is the benchmarks' job).
 */
class WorkloadsRunOnceTest {

    @Test
    void should_check_the_seed_plan_and_parse_the_same_yaml_when_the_plan_workload_runs() {
        // GIVEN the plan workload
        PlanCheckBenchmark b = new PlanCheckBenchmark();
        b.setUp();
        // WHEN both sides run THEN the library checks the seed plan without errors and Jackson sees the same file
        assertThat(b.library().hasErrors()).as("errors in the seed plan: %s", b.library()).isFalse();
        assertThat(b.baseline().isObject()).isTrue();
        assertThat(b.baseline().size()).isGreaterThan(3);
        assertThat(new FirstCheckBenchmark().firstCheck(new FirstCheckBenchmark.CpuClock()).hasErrors()).isFalse();
    }

    @Test
    void should_land_on_working_days_after_the_same_dates_when_the_calendar_workload_runs() {
        // GIVEN the calendar workload over its 4,096 dates
        WorkingDaysBenchmark b = new WorkingDaysBenchmark();
        b.setUp();
        for (int k = 0; k < 4096; k++) {
            // WHEN each side is called once per date (all three step the same index)
            LocalDate plain = b.baseline();
            LocalDate working = b.plusWorkingDays();
            LocalDate deadline = b.deadlineLastDay().orElseThrow();
            // THEN the working-day result is a working day and the deadline resolves on the same call
            assertThat(vn.dialogue.calendar.WorkingCalendar.vietnam().isWorkingDay(working)).as("%s", working).isTrue();
            assertThat(deadline).isNotNull();
            assertThat(plain).isNotNull();
        }
    }

    @Test
    void should_write_the_same_invitees_in_both_docx_files_when_the_invitations_workload_runs() throws IOException {
        // GIVEN the invitations workload (250 generated women)
        InvitationsBenchmark b = new InvitationsBenchmark();
        b.setUp();
        // WHEN both sides run THEN both wrote a DOCX
        assertThat(b.library()).isGreaterThan(10_000);
        assertThat(b.baseline()).isGreaterThan(10_000);
        // AND the raw text holds what the library prints: the first invitee's name is in both
        String firstName = ((RawText.Line) RawText.of(InvitationDocument.of(Seed.plan())
                .layout(vn.dialogue.export.Invitee.person("Bà Lò Thị Xuân", null))).pieces().stream()
                .filter(p -> p instanceof RawText.Line l && l.text().contains("Lò Thị Xuân")).findFirst().orElseThrow())
                .text();
        assertThat(firstName).contains("Bà Lò Thị Xuân");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        RawText.of(InvitationDocument.of(Seed.plan()).layout(vn.dialogue.export.Invitee.person("Bà Lò Thị Xuân", null)))
                .writeDocx(raw);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(raw.toByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Bà Lò Thị Xuân");
        }
    }

    @Test
    void should_write_pdf_and_docx_on_both_sides_when_the_document_set_workload_runs() throws IOException {
        ExportDocumentsBenchmark b = new ExportDocumentsBenchmark();
        b.setUp();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new RawText.PdfFonts().toString();
        RawText.of(vn.dialogue.export.PlanDocument.of(Seed.plan()).layout()).writePdf(new RawText.PdfFonts(), pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(b.libraryDocx()).isGreaterThan(10_000);
        assertThat(b.libraryPdf()).isGreaterThan(10_000);
        assertThat(b.baselineDocx()).isGreaterThan(10_000);
        assertThat(b.baselinePdf()).isGreaterThan(10_000);
    }

    @Test
    void should_write_the_same_cells_on_both_sides_when_the_xlsx_workload_runs_small() throws IOException {
        // GIVEN the XLSX workload cut to 2,000 rows
        XlsxBenchmark b = new XlsxBenchmark();
        b.rows = 2000;
        HeapSampler heap = new HeapSampler();
        // WHEN both sides run THEN both wrote a package of comparable size
        long library = b.library(heap);
        long baseline = b.baseline(heap);
        assertThat(library).isGreaterThan(20_000);
        assertThat(baseline).isGreaterThan(20_000);
        // AND the library's sheet holds the generated cells
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.create().write(Spreadsheet.of(DocumentInfo.vietnamese("t", "a", java.time.Instant.EPOCH),
                Sheet.generated("Tổng hợp", CompiledRows.HEADER, 2000, CompiledRows::cells)), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(2000).getCell(6).getStringCellValue()).isEqualTo(CompiledRows.question(1999));
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(CompiledRows.code(0));
        }
        assertThat(List.of(library, baseline)).allMatch(n -> n > 0);
    }

    @Test
    void should_print_250_name_cards_on_both_sides_when_the_name_card_workload_runs() throws IOException {
        // GIVEN the name-card workload on the seating of the sample delegates
        NameCardsBenchmark b = new NameCardsBenchmark();
        b.setUp();
        // WHEN the cards are taken THEN there are 250, each a folded card of the layout
        assertThat(b.cards().cards()).hasSize(NameCardsBenchmark.CARDS);
        long folded = b.cards().layout().blocks().stream()
                .filter(x -> x instanceof vn.dialogue.export.layout.FoldedCard).count();
        assertThat(folded).isEqualTo(NameCardsBenchmark.CARDS);
        // AND both sides write a PDF of 250 pages
        assertThat(b.library()).isGreaterThan(10_000);
        assertThat(b.baseline()).isGreaterThan(10_000);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        RawText.of(b.cards().layout()).writePdf(new RawText.PdfFonts(), raw);
        ByteArrayOutputStream lib = new ByteArrayOutputStream();
        b.cards().render(vn.dialogue.export.Format.PDF, lib);
        try (org.apache.pdfbox.pdmodel.PDDocument r = org.apache.pdfbox.Loader.loadPDF(raw.toByteArray());
             org.apache.pdfbox.pdmodel.PDDocument l = org.apache.pdfbox.Loader.loadPDF(lib.toByteArray())) {
            assertThat(r.getNumberOfPages()).isEqualTo(NameCardsBenchmark.CARDS);
            assertThat(l.getNumberOfPages()).isEqualTo(NameCardsBenchmark.CARDS);
        }
    }

    @Test
    void should_journal_every_submission_on_both_sides_when_the_intake_workload_runs() throws Exception {
        // GIVEN the intake workload cut to 2,000 submissions
        IntakeBenchmark b = new IntakeBenchmark();
        b.submissions = 2_000;
        b.setUp();
        try {
            // WHEN the library side runs THEN every submission became a question
            b.newFile();
            assertThat(b.library(new HeapSampler())).isEqualTo(2_000);
            b.removeFile();
            // AND the baseline wrote one JSON line per submission
            b.newFile();
            assertThat(b.baseline(new HeapSampler())).isGreaterThan(2_000L * 100);
            b.removeFile();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void should_replay_every_question_and_read_every_line_when_the_replay_workload_runs() throws Exception {
        // GIVEN a journal of 3,000 submissions, each received then moderated
        ReplayBenchmark b = new ReplayBenchmark();
        b.submissions = 3_000;
        b.setUp();
        try {
            // WHEN both sides read it THEN the library has every question and Jackson every line (two per submission)
            assertThat(b.library(new HeapSampler())).isEqualTo(3_000);
            assertThat(b.baseline(new HeapSampler())).isEqualTo(6_000);
        } finally {
            b.tearDown();
        }
    }

    @Test
    void should_find_the_planted_groups_when_the_similar_questions_workload_runs() {
        // GIVEN 4,000 accepted questions with 200 planted groups
        SimilarQuestionsBenchmark b = new SimilarQuestionsBenchmark();
        b.questions = 4_000;
        b.sample = 1_000;
        b.setUp();
        // WHEN the library proposes compilations THEN they match the planted groups
        assertThat(b.library(new HeapSampler())).isNotEmpty();
        double[] pr = b.quality();
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.95);
        // AND the exact baseline finds similar pairs in its sample
        assertThat(b.baseline()).isPositive();
    }

    @Test
    void should_score_precision_and_recall_by_pairs_when_groups_are_compared_with_the_planted_ones() {
        // GIVEN 200 texts with 10 planted groups
        PlantedSubmissions p = new PlantedSubmissions(9, 200, 10, 2, 4, 2);
        List<int[]> truth = new java.util.ArrayList<>();
        java.util.Map<Integer, List<Integer>> byGroup = new java.util.TreeMap<>();
        for (int i = 0; i < p.group.length; i++) {
            if (p.group[i] >= 0) {
                byGroup.computeIfAbsent(p.group[i], k -> new java.util.ArrayList<>()).add(i);
            }
        }
        byGroup.values().forEach(m -> truth.add(m.stream().mapToInt(Integer::intValue).toArray()));
        // WHEN the planted groups themselves are scored THEN both are 1; with one foreign text added, precision drops
        assertThat(p.precisionRecall(truth)).containsExactly(1.0, 1.0);
        int loner = java.util.stream.IntStream.range(0, 200).filter(i -> p.group[i] < 0).findFirst().orElseThrow();
        int[] first = truth.get(0);
        int[] spoiled = java.util.Arrays.copyOf(first, first.length + 1);
        spoiled[first.length] = loner;
        List<int[]> worse = new java.util.ArrayList<>(truth);
        worse.set(0, spoiled);
        double[] pr = p.precisionRecall(worse);
        assertThat(pr[1]).isEqualTo(1.0);
        assertThat(pr[0]).isLessThan(1.0);
        assertThat(p.plantedPairs()).isGreaterThanOrEqualTo(10);
    }
}
