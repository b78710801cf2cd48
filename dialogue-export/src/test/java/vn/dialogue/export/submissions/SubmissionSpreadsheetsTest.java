package vn.dialogue.export.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Submission;
import vn.dialogue.intake.SubmissionImport;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.intake.SubmissionTable;

class SubmissionSpreadsheetsTest {

    static final Plan PLAN = PlanFiles.read(seedPlan());
    static final Channel BRANCH = Channel.unionBranch("hlhpn-tinh", "province");
    static final SubmissionTable.Defaults DEFAULTS = SubmissionTable.Defaults.of(BRANCH);
    static final Instant AT = Instant.parse("2024-11-20T01:30:15Z");
    static final List<Submission> SAMPLE = List.of(
            new Submission("p-1", SubmissionKind.RECOMMENDATION, "=HYPERLINK(\"http://x\",\"bấm\") và vốn vay",
                    List.of("chinh-sach"), new Asker("Y Hoa Niê", "@Hội Phụ nữ", "dak-glei", "+84 905 123 456", true),
                    BRANCH, AT, null, List.of()),
            new Submission("p-2", SubmissionKind.QUESTION, "Xin hỏi về bảo hiểm y tế;\nvà học bổng.", List.of(),
                    Asker.of("Trần Thị Bình", null, null), Channel.floor("diem-cau-dak-ha"), AT.plusSeconds(60),
                    null, List.of()));

    static Path seedPlan() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("examples/plans/kon-tum-2024-phu-nu.yaml"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/plans/kon-tum-2024-phu-nu.yaml");
    }

    @Test
    void should_read_back_the_same_submissions_when_round_tripping_csv_and_xlsx(@TempDir Path dir) throws IOException {
        // GIVEN submissions with formula-like text, written as CSV and XLSX
        Path csv = dir.resolve("y-kien.csv");
        Path xlsx = dir.resolve("y-kien.xlsx");
        Files.write(csv, SubmissionSpreadsheets.toCsv(SAMPLE));
        Files.write(xlsx, SubmissionSpreadsheets.toXlsx(SAMPLE));
        // WHEN read back THEN they are equal, and the CSV guarded the formula
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("'=HYPERLINK").contains("\r\n");
        for (Path file : List.of(csv, xlsx)) {
            SubmissionImport in = SubmissionSpreadsheets.read(PLAN, file, DEFAULTS);
            assertThat(in.errors()).as(file.toString()).isEmpty();
            assertThat(in.submissions()).as(file.toString()).isEqualTo(SAMPLE);
        }
    }

    @Test
    void should_read_date_cells_as_the_day_they_hold_whatever_their_display_format() throws IOException {
        // GIVEN a sheet whose date column holds real date cells in US display format, one with a time
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sổ");
            CellStyle us = book.createCellStyle();
            us.setDataFormat(book.createDataFormat().getFormat("m/d/yy"));
            Row header = sheet.createRow(0);
            String[] headers = {"Ngày nhận", "Họ và tên", "Nội dung"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            LocalDateTime[] days = {LocalDateTime.of(2024, 11, 2, 0, 0), LocalDateTime.of(2024, 11, 3, 14, 45)};
            for (int r = 0; r < days.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(days[r]);
                row.getCell(0).setCellStyle(us);
                row.createCell(1).setCellValue("Người " + r);
                row.createCell(2).setCellValue("Nội dung " + r);
            }
            book.write(out);
            bytes = out.toByteArray();
        }
        // WHEN read
        SubmissionImport in = SubmissionSpreadsheets.readSpreadsheet(PLAN, "so.xlsx", bytes, DEFAULTS);
        // THEN 2 November, not 11 February; the time kept
        assertThat(in.errors()).isEmpty();
        assertThat(in.submissions()).extracting(Submission::receivedAt).containsExactly(
                Instant.parse("2024-11-01T17:00:00Z"), Instant.parse("2024-11-03T07:45:00Z"));
    }

    @Test
    void should_read_windows_1258_csv_with_semicolons_and_report_bad_rows_by_number() {
        // GIVEN a CSV saved by an older Excel: Windows-1258, semicolons, one impossible date
        String text = "Ngày nhận;Họ và tên;Nội dung;Đồng ý công khai\r\n20/11/2024;Lê Thị Cúc;Học bổng;Có\r\n"
                + "30/02/2024;Lê Văn Dũng;Vốn vay;Không\r\n";
        byte[] bytes = windows1258(text);
        assertThat(new String(bytes, Charset.forName("windows-1258"))).doesNotContain("?");
        // WHEN read
        SubmissionImport in = SubmissionSpreadsheets.readCsv(PLAN, "cu.csv", bytes, DEFAULTS);
        // THEN the good row is kept with its Vietnamese text, the bad one reported at row 3
        assertThat(in.submissions()).singleElement().satisfies(s -> {
            assertThat(s.asker().name()).isEqualTo("Lê Thị Cúc");
            assertThat(s.asker().consentToPublish()).isTrue();
        });
        assertThat(in.badRows()).containsExactly(3);
    }

    @Test
    void should_report_a_file_that_is_not_a_table_naming_the_file_and_never_throw() {
        // GIVEN an XLSX cut short, random bytes, and an empty file
        byte[] xlsx = SubmissionSpreadsheets.toXlsx(SAMPLE);
        Random random = new Random(9);
        int reported = 0;
        for (int i = 0; i < 40; i++) {
            byte[] broken = i == 0 ? new byte[0] : i % 2 == 0 ? Arrays.copyOf(xlsx, random.nextInt(xlsx.length))
                    : randomBytes(random, 1 + random.nextInt(4000));
            // WHEN read as a spreadsheet and as CSV
            SubmissionImport sheet = SubmissionSpreadsheets.readSpreadsheet(PLAN, "hong.xlsx", broken, DEFAULTS);
            SubmissionImport csv = SubmissionSpreadsheets.readCsv(PLAN, "hong.csv", broken, DEFAULTS);
            // THEN each is a report, on row 0 naming the file when the file itself is unreadable; or, for a cut
            // file whose table survived, the submissions it holds and nothing else
            for (SubmissionImport in : List.of(sheet, csv)) {
                assertThat(SAMPLE).containsAll(in.submissions());
                assertThat(in.errors().isEmpty()).isEqualTo(in.submissions().equals(SAMPLE));
                if (!in.errors().isEmpty() && in.errors().get(0).row() == 0
                        && in.errors().get(0).message().en().startsWith("hong.")) {
                    reported++;
                }
            }
        }
        assertThat(reported).isGreaterThanOrEqualTo(30);
    }

    /**
     * Text as Windows-1258 holds it: letters with circumflex, breve or horn precomposed, tone marks as combining
     * characters after them (the code page has no precomposed toned letters).
     */
    private static byte[] windows1258(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                (mark == '\u0302' || mark == '\u0306' || mark == '\u031B' ? base : tones).append(mark);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
