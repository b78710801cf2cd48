package vn.dialogue.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.testing.Samples;

/**
 * A spreadsheet prints as an official would print it: on A4 landscape, the columns scaled to the width of one page,
 * the header row at the top of every page, and each row as tall as its wrapped text.
 */
class XlsxPrintSetupTest {

    private static final String LONG = "Đề nghị tăng cường tuyên truyền phòng chống bạo lực gia đình tại các thôn vùng sâu, "
            + "vùng xa, nhất là ở các xã đặc biệt khó khăn; hỗ trợ phụ nữ bị bạo lực được tư vấn pháp lý miễn phí và "
            + "có nơi tạm lánh an toàn khi cần.";

    private static XSSFWorkbook written() throws IOException {
        List<List<SheetCell>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(List.of(SheetCell.number(i + 1L), SheetCell.text(i % 2 == 0 ? LONG : "Ngắn"),
                    SheetCell.text("Hội Liên hiệp Phụ nữ tỉnh")));
        }
        Sheet sheet = new Sheet("Tổng hợp", List.of("STT", "Nội dung", "Cơ quan"), rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.create().write(Spreadsheet.of(DocumentInfo.vietnamese("Tổng hợp", "UBND tỉnh", Samples.STAMP), sheet),
                out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void should_print_on_a4_landscape_fitted_to_the_width_with_the_header_on_every_page() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet s = wb.getSheetAt(0);
            PrintSetup ps = s.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getLandscape()).isTrue();
            assertThat(s.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(s.getRepeatingRows()).isEqualTo(new CellRangeAddress(0, 0, -1, -1));
            assertThat(s.getFooter().getCenter()).isEqualTo("&P/&N");
        }
    }

    @Test
    void should_make_each_row_as_tall_as_its_wrapped_text() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet s = wb.getSheetAt(0);
            int width = s.getColumnWidth(1) / 256;
            assertThat(width).isEqualTo(60);
            // the long text wraps in a 60-character column to 4 lines at least; a short one fills one line
            float tall = s.getRow(1).getHeightInPoints();
            float short1 = s.getRow(2).getHeightInPoints();
            int lines = 3;
            assertThat(tall).isGreaterThanOrEqualTo(lines * 15f);
            assertThat(short1).isBetween(15f, 20f);
            assertThat(s.getRow(300).getHeightInPoints()).isEqualTo(short1);
        }
    }
}
