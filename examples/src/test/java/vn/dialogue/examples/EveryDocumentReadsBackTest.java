package vn.dialogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.question.Original;
import vn.dialogue.question.Outcomes;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.QuestionStatus;
import vn.dialogue.question.Versioned;

/**
 * Issue 15's "done when": runs the example (the 2024 plan and the 2026 plan derived from it), then reads every
 * document it wrote back through real readers (POI for DOCX and XLSX, PDFBox for PDF, ical4j for ICS, jsoup for
 * HTML) and checks what a person reads: no internal id, no placeholder, no stale year in the 2026 plan's deadlines,
 * one notice per asker of a deferred question and one reply letter per asker of a written answer.
 */
class EveryDocumentReadsBackTest {

    @TempDir
    static Path out;
    static KonTum2024.Result result;
    static Map<String, String> texts;

    /** A key: lower-case ASCII words joined by dashes or underscores ("hlhpn-p-duy-tan", "q-000335"). */
    private static final Pattern ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}.@/])(?=[a-z0-9_-]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\\p{L}\\p{N}@])");
    /** An invitation key ("GM-2024-a-tho-nguoi-thay"). */
    private static final Pattern INVITATION_KEY = Pattern.compile("GM-\\d{4}-");
    private static final List<String> PLACEHOLDERS = List.of("(họ và tên", "…", "TODO", "null", "{", "}");

    @BeforeAll
    static void run() throws Exception {
        System.setProperty("pdfbox.fontcache", out.resolve("pdfbox-cache").toString());
        StringWriter log = new StringWriter();
        result = new KonTum2024(Path.of("examples/plans/kon-tum-2024-phu-nu.yaml"), out, new PrintWriter(log)).run();
        new QuangNgai2026(Path.of("examples/plans/kon-tum-2024-phu-nu.yaml"),
                Path.of("examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml"), result.carryOverFile(), out,
                new PrintWriter(log)).run();
        texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                switch (ext) {
                    case "docx" -> texts.put(name, docx(f));
                    case "xlsx" -> texts.put(name, xlsx(f));
                    case "pdf" -> texts.put(name, pdf(f));
                    case "ics" -> texts.put(name, ics(f));
                    case "html" -> texts.put(name, Jsoup.parse(f.toFile(), "UTF-8").body().text());
                    default -> { }
                }
            }
        }
    }

    @Test
    void should_read_back_every_kind_of_document() {
        assertThat(texts.keySet()).contains("ke-hoach.docx", "ke-hoach.pdf", "ke-hoach.html", "chuong-trinh.pdf",
                "giay-moi.docx", "lich.ics", "danh-sach-dai-bieu.xlsx", "so-do-cho-ngoi.pdf", "bang-ten.pdf",
                "tong-hop-y-kien.docx", "tong-hop-y-kien.xlsx", "cong-van-chuyen-y-kien.docx", "kich-ban-dieu-hanh.pdf",
                "thong-bao-nguoi-hoi.docx", "tra-loi-nguoi-hoi.docx", "thong-bao-ket-luan.pdf", "hoi-dap.html",
                "ke-hoach-2026.docx");
        assertThat(texts.values()).allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void should_print_no_internal_id_where_a_person_reads() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        texts.forEach((file, text) -> {
            List<String> ids = new ArrayList<>();
            Matcher m = ID.matcher(withoutAddresses(text));
            while (m.find()) {
                ids.add(m.group());
            }
            Matcher k = INVITATION_KEY.matcher(text);
            while (k.find()) {
                ids.add(k.group());
            }
            if (!ids.isEmpty()) {
                found.put(file, ids.stream().distinct().limit(10).toList());
            }
        });
        assertThat(found).as("ids printed where a person reads").isEmpty();
    }

    @Test
    void should_print_no_placeholder() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        texts.forEach((file, text) -> {
            String read = text.replace("[đã ẩn]", "");
            List<String> hits = new ArrayList<>(PLACEHOLDERS.stream().filter(read::contains).toList());
            if (read.contains("[") || read.contains("]")) {
                hits.add("[");
            }
            if (!hits.isEmpty()) {
                found.put(file, hits);
            }
        });
        assertThat(found).as("placeholders printed").isEmpty();
    }

    @Test
    void should_print_the_2026_plans_deadlines_in_2026() {
        String plan = texts.get("ke-hoach-2026.docx");
        Matcher m = Pattern.compile("(?:trước|chậm nhất) ngày \\d{1,2} tháng \\d{1,2} năm (\\d{4})").matcher(plan);
        List<String> years = new ArrayList<>();
        while (m.find()) {
            years.add(m.group(1));
        }
        // the three deadlines of section VI print from their rules, in the plan's year
        assertThat(years).hasSizeGreaterThanOrEqualTo(3).containsOnly("2026");
        assertThat(plan).doesNotContain("năm 2024").doesNotContain("/2024");
        assertThat(texts.get("ke-hoach.docx")).contains("trước ngày 29 tháng 10 năm 2024")
                .contains("Hoàn thành trước ngày 15 tháng 11 năm 2024.");
    }

    @Test
    void should_write_one_notice_per_asker_of_a_deferred_question_and_one_reply_per_written_answer() {
        List<Question> questions = QuestionRegistry.replay(out.resolve("nhat-ky-cau-hoi.jsonl")).values().stream()
                .map(Versioned::question).filter(q -> q.status() != QuestionStatus.WITHDRAWN).toList();
        List<Original> deferred = questions.stream().filter(q -> Outcomes.deferral(q).isPresent())
                .flatMap(q -> q.dossier().originals().stream()).toList();
        List<Original> written = questions.stream().filter(q -> Outcomes.resolution(q).isPresent())
                .flatMap(q -> q.dossier().originals().stream()).toList();
        assertThat(deferred).hasSizeGreaterThan(written.size());
        assertThat(written).isNotEmpty();
        // each letter is addressed to its asker: the addressees are the askers, each once per submission
        assertThat(addressees("thong-bao-nguoi-hoi.docx")).containsExactlyInAnyOrderElementsOf(
                deferred.stream().map(o -> addressee(o)).toList());
        assertThat(addressees("tra-loi-nguoi-hoi.docx")).containsExactlyInAnyOrderElementsOf(
                written.stream().map(o -> addressee(o)).toList());
        // and the reply letters carry the substance of the written answer
        String replies = texts.get("tra-loi-nguoi-hoi.docx");
        questions.stream().map(Outcomes::resolution).flatMap(java.util.Optional::stream)
                .forEach(r -> assertThat(replies).contains(r.answer().summary()));
        assertThat(texts.get("hoi-dap.html")).contains("cho biết:").doesNotContain("Trả lời bằng văn bản.");
    }

    @Test
    void should_name_the_same_chair_on_the_name_card_the_seat_and_the_signature() {
        String signer = result.plan().signature().signer();
        assertThat(texts.get("bang-ten.pdf")).contains(signer);
        assertThat(texts.get("so-do-cho-ngoi.pdf")).contains(signer);
        assertThat(texts.get("ke-hoach.pdf")).contains(signer);
        assertThat(texts.get("thong-bao-ket-luan.pdf")).contains("Kết luận của Chủ tịch Ủy ban nhân dân tỉnh")
                .doesNotContain("đồng chí chủ trì");
    }

    @Test
    void should_fill_the_compiled_lists_answer_deadline_from_the_routing_letters() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("tong-hop-y-kien.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet list = book.getSheetAt(0);
            int due = column(list, "Hạn chuẩn bị trả lời");
            DataFormatter format = new DataFormatter();
            List<String> days = new ArrayList<>();
            for (Row row : list) {
                if (row.getRowNum() > headerRow(list) && row.getCell(0) != null
                        && !format.formatCellValue(row.getCell(0)).isBlank()) {
                    days.add(format.formatCellValue(row.getCell(due)));
                }
            }
            assertThat(days).isNotEmpty().allSatisfy(d -> assertThat(d).isNotBlank());
        }
        assertThat(texts.get("cong-van-chuyen-y-kien.docx")).contains("ngày 07 tháng 11 năm 2024");
    }

    // ---- readers ----

    private static String docx(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** Every cell but those of the columns headed "Mã…": the office's record keys, for finding a record. */
    private static String xlsx(Path f) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                int header = headerRow(sheet);
                List<Integer> keys = new ArrayList<>();
                Row h = sheet.getRow(header);
                if (h != null) {
                    for (Cell c : h) {
                        if (format.formatCellValue(c).startsWith("Mã")) {
                            keys.add(c.getColumnIndex());
                        }
                    }
                }
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (!(row.getRowNum() > header && keys.contains(c.getColumnIndex()))) {
                            text.append(format.formatCellValue(c)).append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    private static String pdf(Path f) throws IOException {
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** What a calendar shows: the summaries, descriptions and locations (not the UIDs). */
    private static String ics(Path f) throws Exception {
        try (InputStream in = Files.newInputStream(f)) {
            Calendar cal = new CalendarBuilder().build(in);
            StringBuilder text = new StringBuilder();
            for (Component c : cal.getComponents()) {
                for (String p : List.of(Property.SUMMARY, Property.DESCRIPTION, Property.LOCATION)) {
                    c.getProperty(p).ifPresent(v -> text.append(v.getValue()).append('\n'));
                }
            }
            return text.toString();
        }
    }

    private static int headerRow(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && format.formatCellValue(first).startsWith("STT")) {
                return row.getRowNum();
            }
        }
        return 0;
    }

    private static int column(Sheet sheet, String title) {
        DataFormatter format = new DataFormatter();
        for (Cell c : sheet.getRow(headerRow(sheet))) {
            if (format.formatCellValue(c).equals(title)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    /** The "Kính gửi: …" line of each letter of a merged DOCX. */
    private static List<String> addressees(String file) {
        try (InputStream in = Files.newInputStream(out.resolve(file)); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                    .filter(t -> t.startsWith("Kính gửi:")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String addressee(Original o) {
        var a = o.asker();
        return "Kính gửi: " + (a.organisation() == null ? a.name() : a.name() + " - " + a.organisation()) + ".";
    }

    /** Text without e-mail and web addresses, which are not ids. */
    private static String withoutAddresses(String text) {
        return text.replaceAll("\\S+@\\S+", " ").replaceAll("https?://\\S+", " ");
    }
}
