package vn.dialogue.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesHostileInputTest {

    private static String en(TableFiles.Read read) {
        assertThat(read).isInstanceOf(TableFiles.Unreadable.class);
        return ((TableFiles.Unreadable) read).problem().en();
    }

    private static TableFiles.Rows rows(TableFiles.Read read) {
        assertThat(read).isInstanceOf(TableFiles.Rows.class);
        return (TableFiles.Rows) read;
    }

    @Test
    void aSparseFileOfThreeGigabytesIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"bom.csv", "bom.xlsx", "bom.xls"}) {
            Path file = dir.resolve(name);
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(3L << 30);
            }
            TableFiles.Read read = TableFiles.read(file);
            assertThat(en(read)).startsWith(file + ": the file is too large (3221225472 bytes, the limit is 16777216)");
            assertThat(((TableFiles.Unreadable) read).problem().vi()).contains("tệp quá lớn");
        }
    }

    @Test
    void aMissingFileOrAFolderIsSaidInPlainWords(@TempDir Path dir) {
        assertThat(en(TableFiles.read(dir.resolve("none.csv")))).endsWith("the file does not exist.");
        assertThat(en(TableFiles.read(dir))).endsWith("this is a folder, not a file.");
    }

    @Test
    void anXlsxOfAMillionShortRowsStopsAtTheRowLimit() {
        byte[] xlsx = HostileTables.xlsxOfRows(1_048_576);
        assertThat(xlsx.length).isLessThan(TableFiles.MAX_BYTES);
        assertThat(en(TableFiles.readSpreadsheet("trieu.xlsx", xlsx)))
                .isEqualTo("trieu.xlsx: the sheet has more than 100000 rows.");
        assertThat(rows(TableFiles.readSpreadsheet("du.xlsx", HostileTables.xlsxOfRows(TableFiles.MAX_ROWS)))
                .rows()).hasSize(TableFiles.MAX_ROWS);
    }

    @Test
    void anXlsIsReadAsEventsWithDatesAsDays() throws IOException {
        byte[] xls;
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("a");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(2).setCellValue("Ngày");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Nguyễn Thị Hoa");
            row.createCell(1).setCellValue(12.5);
            var date = row.createCell(2);
            date.setCellValue(java.time.LocalDate.of(2024, 5, 12));
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("m/d/yy"));
            date.setCellStyle(style);
            row.createCell(3).setCellFormula("1+1");
            book.createSheet("b").createRow(0).createCell(0).setCellValue("not read");
            book.write(out);
            xls = out.toByteArray();
        }
        TableFiles.Rows rows = rows(TableFiles.readSpreadsheet("cu.xls", xls));
        assertThat(rows.rows()).containsExactly(List.of("Họ và tên", "", "Ngày"), List.of(),
                List.of("Nguyễn Thị Hoa", "12.5", "12/05/2024", "0"));
    }

    @Test
    void aBrokenXlsxSaysSoWithoutTheParsersWords() {
        byte[] broken = HostileTables.xlsx(out -> out.write("<row r=\"1\"><c r=\"A1\"".getBytes(StandardCharsets.UTF_8)));
        String message = en(TableFiles.readSpreadsheet("hong.xlsx", broken));
        assertThat(message).startsWith("hong.xlsx: ").doesNotContain("org.").doesNotContain("Exception")
                .doesNotContain("xmlbeans");
        byte[] doctype = HostileTables.xlsx(out -> out.write("<!DOCTYPE x [<!ENTITY a \"b\">]><row/>"
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(en(TableFiles.readSpreadsheet("dtd.xlsx", doctype))).startsWith("dtd.xlsx: ")
                .doesNotContain("org.").doesNotContain("Exception");
        byte[] truncated = java.util.Arrays.copyOf(HostileTables.xlsxOfRows(100), 300);
        assertThat(en(TableFiles.readSpreadsheet("cut.xlsx", truncated))).startsWith("cut.xlsx: not a readable")
                .doesNotContain("org.").doesNotContain("Exception");
    }

    @Test
    void anUnclosedQuoteLosesOnlyItsRow() {
        StringBuilder csv = new StringBuilder("Họ và tên,Giới tính\r\n");
        for (int r = 2; r <= 40; r++) {
            csv.append(r == 20 ? "\"Người " + r + ",Nam\r\n" : "Người " + r + ",Nữ\r\n");
        }
        TableFiles.Rows rows = rows(TableFiles.readCsv("q.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.rows()).hasSize(40);
        assertThat(rows.rows().get(19)).isEmpty();
        assertThat(rows.rows().get(20)).containsExactly("Người 21", "Nữ");
        assertThat(rows.rows().get(39)).containsExactly("Người 40", "Nữ");
        assertThat(rows.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(20);
            assertThat(p.problem().vi()).contains("dòng 20 của tệp").contains("không được đóng");
            assertThat(p.problem().en()).contains("cell 1 (line 20 of the file) is never closed");
        });
    }

    @Test
    void quotedCellsMayHoldSeparatorsLineBreaksAndQuotes() {
        String csv = "a;\"b;c\";\"d\r\ne\";\"f \"\"g\"\"\"\r\n;x\"y;\r\n\r\nlast";
        TableFiles.Rows rows = rows(TableFiles.readCsv("ok.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.rows()).containsExactly(List.of("a", "b;c", "d\r\ne", "f \"g\""), List.of("", "x\"y", ""),
                List.of(""), List.of("last"));
        assertThat(rows.problems()).isEmpty();
        assertThat(rows.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16IsReadByItsMarkOrItsPattern() {
        String text = "Họ và tên,Giới tính\r\nNguyễn Văn An,Nam\r\n";
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            byte[] bare = text.getBytes(cs);
            byte[] bom = ("\uFEFF" + text).getBytes(cs);
            for (byte[] bytes : List.of(bare, bom)) {
                TableFiles.Rows rows = rows(TableFiles.readCsv("u.csv", bytes));
                assertThat(rows.rows()).containsExactly(List.of("Họ và tên", "Giới tính"), List.of("Nguyễn Văn An", "Nam"));
                assertThat(rows.encoding()).isEqualTo(cs.name());
                assertThat(rows.encodingNote()).isPresent();
            }
        }
    }

    @Test
    void tcvn3AndVniCsvAreConvertedAndNamed() {
        byte[] tcvn3 = "Hä vµ tªn,Giíi tÝnh\r\nNguyÔn ThÞ H\u00ad\u00eang,N÷\r\n".getBytes(StandardCharsets.ISO_8859_1);
        TableFiles.Rows rows = rows(TableFiles.readCsv("abc.csv", tcvn3));
        assertThat(rows.rows()).containsExactly(List.of("Họ và tên", "Giới tính"), List.of("Nguyễn Thị Hường", "Nữ"));
        assertThat(rows.encoding()).isEqualTo("TCVN3 (ABC, .VnTime)");
        assertThat(rows.encodingNote().orElseThrow().vi()).contains("TCVN3");
        byte[] vni = "Hoï vaø teân,Giôùi tính\r\nNguyeãn Thò Höôøng,Nöõ\r\n".getBytes(StandardCharsets.ISO_8859_1);
        rows = rows(TableFiles.readCsv("vni.csv", vni));
        assertThat(rows.rows()).containsExactly(List.of("Họ và tên", "Giới tính"), List.of("Nguyễn Thị Hường", "Nữ"));
        assertThat(rows.encoding()).isEqualTo("VNI (VNI-Times)");
    }

    @Test
    void aSheetTypedWithAVniFontIsConverted() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("Hoï vaø teân", "Giôùi tính"));
        cells.add(List.of("Nguyeãn Thò Höôøng", "Nöõ"));
        TableFiles.Rows rows = rows(TableFiles.readSpreadsheet("vni.xlsx", HostileTables.xlsx(cells)));
        assertThat(rows.rows()).containsExactly(List.of("Họ và tên", "Giới tính"), List.of("Nguyễn Thị Hường", "Nữ"));
        assertThat(rows.encoding()).isEqualTo("VNI (VNI-Times)");
        TableFiles.Rows unicode = rows(TableFiles.readSpreadsheet("u.xlsx", HostileTables.xlsx(List.of(
                List.of("Họ và tên"), List.of("Café Müller")))));
        assertThat(unicode.encoding()).isEqualTo("Unicode");
        assertThat(unicode.rows().get(1)).containsExactly("Café Müller");
    }

    @Test
    void tooManyCellsAreRefused() {
        byte[] csv = ",".repeat(TableFiles.MAX_CELLS + 1).getBytes(StandardCharsets.US_ASCII);
        assertThat(en(TableFiles.readCsv("wide.csv", csv))).isEqualTo("wide.csv: the file has more than 2000000 cells.");
        byte[] far = HostileTables.xlsx(out -> {
            for (int r = 1; r <= 200; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"XFD" + r + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertThat(en(TableFiles.readSpreadsheet("far.xlsx", far))).isEqualTo("far.xlsx: the sheet has more than 2000000 cells.");
    }

    @Test
    void aFileThatIsNeitherSaysWhatToDo() {
        assertThat(en(TableFiles.readSpreadsheet("x.xlsx", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))))
                .contains("PDF");
        assertThat(en(TableFiles.readSpreadsheet("x.xlsx", new byte[0]))).startsWith("x.xlsx: not a readable");
    }
}
