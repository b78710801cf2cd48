package vn.dialogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dialogue.check.Finding;

/**
 * Each plan shipped beside Kon Tum's runs end to end: its checks give no error, its timeline prints, every document
 * is written and reads back, and no document of a youth, farmers' or commune plan says "phụ nữ", "huyện" or "LHPN".
 */
class ShippedPlansTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void fontCache() throws Exception {
        System.setProperty("pdfbox.fontcache", Files.createTempDirectory("pdfbox").toString());
    }

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("quang-ngai-2026-thanh-nien.yaml", List.of("Đoàn viên", "điểm cầu", "KT. CHỦ TỊCH",
                        "PHÓ CHỦ TỊCH")),
                Arguments.of("lang-son-2026-nong-dan.yaml", List.of("HỘI NÔNG DÂN", "KH-UBND-HNDT", "Đồng chủ trì",
                        "20 đại biểu mỗi điểm cầu", "Hội thảo")),
                Arguments.of("xa-an-phu-2026-nhan-dan.yaml", List.of("ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "thôn",
                        "Đồng chủ trì")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void should_run_the_shipped_plan_end_to_end_and_read_every_document_back(String file, List<String> printed)
            throws Exception {
        // GIVEN a shipped plan WHEN it runs end to end
        Path folder = out.resolve(file.replace(".yaml", ""));
        StringWriter log = new StringWriter();
        AnyPlan.Result result = new AnyPlan(Path.of("examples/plans").resolve(file), folder, new PrintWriter(log)).run();

        // THEN the checks find no error, the timeline prints
        assertThat(result.report().errors()).as(result.report().format(Locale.forLanguageTag("vi")))
                .extracting(Finding::code).isEmpty();
        assertThat(result.timeline()).isNotBlank();
        // AND every document was written, and reads back with the plan's words and none of another audience's
        assertThat(result.written()).extracting(p -> p.getFileName().toString())
                .contains("ke-hoach.pdf", "ke-hoach.docx", "ke-hoach.html", "chuong-trinh.pdf", "giay-moi.docx",
                        "lich.ics", "danh-sach-dai-bieu.xlsx", "kich-ban-dieu-hanh.docx", "thong-bao-ket-luan.pdf",
                        "tong-hop-y-kien.xlsx", "hoi-dap.html");
        StringBuilder all = new StringBuilder();
        for (Path p : result.written()) {
            String text = text(p);
            assertThat(text).as(p.getFileName().toString()).isNotBlank();
            all.append(text).append('\n');
            String lower = text.toLowerCase(Locale.forLanguageTag("vi"));
            assertThat(lower).as(p.getFileName() + " speaks of another audience or level")
                    .doesNotContain("phụ nữ").doesNotContain("huyện").doesNotContain("lhpn");
        }
        String plan = text(folder.resolve("ke-hoach.pdf")) + text(folder.resolve("ke-hoach.docx"));
        for (String words : printed) {
            assertThat(plan + all).as("the documents print " + words).contains(words);
        }
    }

    /** A written file's text, read back with the library its format needs. */
    static String text(Path p) throws Exception {
        String name = p.getFileName().toString();
        String text;
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                text = new PDFTextStripper().getText(doc);
            }
        } else if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(p); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                text = x.getText();
            }
        } else if (name.endsWith(".xlsx")) {
            StringBuilder b = new StringBuilder();
            try (InputStream in = Files.newInputStream(p); XSSFWorkbook book = new XSSFWorkbook(in)) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            b.append(cell.toString()).append(' ');
                        }
                        b.append('\n');
                    }
                }
            }
            text = b.toString();
        } else {
            text = Files.readString(p, StandardCharsets.UTF_8);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
