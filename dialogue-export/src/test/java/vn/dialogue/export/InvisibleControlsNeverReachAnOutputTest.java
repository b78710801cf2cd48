package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.calendar.CalendarFeed;
import vn.dialogue.export.calendar.DeadlineTodo;
import vn.dialogue.export.calendar.IcsWriter;
import vn.dialogue.export.calendar.SessionEvent;
import vn.dialogue.export.html.HtmlRenderer;
import vn.dialogue.export.internal.OutputText;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.sheet.CsvWriter;
import vn.dialogue.export.sheet.Sheet;
import vn.dialogue.export.sheet.SheetCell;
import vn.dialogue.export.sheet.TableFiles;
import vn.dialogue.export.sheet.XlsxWriter;
import vn.dialogue.export.testing.Samples;

/** Bidirectional controls and zero-width characters in user text reach no output (issue 19, item 10). */
class InvisibleControlsNeverReachAnOutputTest {

    /** A name that displays as "Nguyễn Văn An" reordered, and one padded with invisible characters. */
    static final String SPOOFED = "Nguy\u202Eễn\u202C V\u200Bă\u200Dn \u2067An\u2069\u202B!\u202A\u200E\u200F\u2066\u2068\uFEFF\u2060\u061C";
    static final String SHOWN = "Nguyễn Văn An!";

    private static void clean(String output) {
        output.codePoints().forEach(c -> assertThat(OutputText.isInvisibleControl(c))
                .as("U+%04X in output", c).isFalse());
    }

    @Test
    void theOnePlaceDropsEveryBidiControlAndZeroWidthCharacter() {
        assertThat(OutputText.of(SPOOFED)).isEqualTo(SHOWN);
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
                0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}) {
            assertThat(OutputText.isInvisibleControl(c)).as("U+%04X", c).isTrue();
        }
        assertThat(OutputText.of("Đối thoại — “kiến nghị” (2024)")).isEqualTo("Đối thoại — “kiến nghị” (2024)");
    }

    private static LayoutDocument document() {
        return LayoutDocument.of(DocumentInfo.vietnamese(SPOOFED, SPOOFED, Samples.STAMP), PageSetup.a4Portrait(),
                Heading.of(1, "I", SPOOFED), Paragraph.of(Run.plain(SPOOFED), Run.bold(SPOOFED)));
    }

    @Test
    void htmlDocxAndPdfCarryNone() throws IOException {
        String html = HtmlRenderer.create().toHtml(document());
        clean(html);
        assertThat(html).contains(SHOWN);
        assertThat(HtmlRenderer.escape(SPOOFED)).isEqualTo(SHOWN);

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        Documents.render(document(), Format.DOCX, docx);
        StringBuilder xml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        clean(xml.toString());
        assertThat(xml.toString()).contains(SHOWN);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Documents.render(document(), Format.PDF, pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(read);
            clean(text);
            assertThat(text).contains("Văn An!");
        }
    }

    @Test
    void sheetsAndCalendarsCarryNone() throws IOException {
        Sheet sheet = new Sheet(SPOOFED, List.of(SPOOFED), List.of(List.of(new SheetCell.Text(SPOOFED))));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvWriter.create().write(sheet, csv);
        clean(csv.toString(StandardCharsets.UTF_8).substring(1)); // after the byte-order mark
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxWriter.create().write(vn.dialogue.export.sheet.Spreadsheet.of(DocumentInfo.vietnamese("t", "a", Samples.STAMP), sheet), xlsx);
        var rows = ((TableFiles.Rows) TableFiles.readSpreadsheet("x.xlsx", xlsx.toByteArray())).rows();
        rows.forEach(r -> r.forEach(InvisibleControlsNeverReachAnOutputTest::clean));
        assertThat(rows.get(1)).containsExactly(SHOWN);

        String tableCsv = new String(TableFiles.toCsv(List.of(List.of(SPOOFED, "\u200B=1+1"))), StandardCharsets.UTF_8);
        clean(tableCsv.substring(1));
        assertThat(tableCsv).contains(SHOWN).contains("'=1+1");
        var back = ((TableFiles.Rows) TableFiles.readSpreadsheet("t.xlsx", TableFiles.toXlsx("t", List.of(
                List.of("h"), List.of(SPOOFED))))).rows();
        assertThat(back.get(1)).containsExactly(SHOWN);

        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        IcsWriter.create().write(CalendarFeed.vietnam("-//dialogue//test//VI", SPOOFED, Samples.STAMP,
                new SessionEvent("s@x", SPOOFED, SPOOFED, SPOOFED, LocalDateTime.of(2024, 11, 22, 7, 30),
                        LocalDateTime.of(2024, 11, 22, 11, 30)),
                new DeadlineTodo("d@x", SPOOFED, SPOOFED, LocalDateTime.of(2024, 10, 28, 23, 59))), ics);
        clean(ics.toString(StandardCharsets.UTF_8));
        assertThat(ics.toString(StandardCharsets.UTF_8)).contains("Nguyễn Văn An!");
    }
}
