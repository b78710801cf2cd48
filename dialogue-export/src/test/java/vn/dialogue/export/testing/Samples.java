package vn.dialogue.export.testing;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import vn.dialogue.export.layout.AdministrativeHeader;
import vn.dialogue.export.layout.BulletList;
import vn.dialogue.export.layout.DocumentInfo;
import vn.dialogue.export.layout.DocumentTitle;
import vn.dialogue.export.layout.Heading;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.layout.ListItem;
import vn.dialogue.export.layout.PageBreak;
import vn.dialogue.export.layout.PageSetup;
import vn.dialogue.export.layout.Paragraph;
import vn.dialogue.export.layout.Run;
import vn.dialogue.export.layout.Signature;
import vn.dialogue.export.layout.SignatureFooter;
import vn.dialogue.export.layout.Table;
import vn.dialogue.export.wording.Wording;

/** Layout documents shared by the renderer tests: every kind of block, Vietnamese text from the seed plan. */
public final class Samples {

    public static final Instant STAMP = Instant.parse("2024-10-20T01:00:00Z");
    public static final String BODY = "Việc đối thoại là diễn đàn thực hành dân chủ, tạo sự đồng thuận, gắn kết "
            + "“ý Đảng, lòng dân”, thể hiện trách nhiệm của các cấp Hội trong phát huy quyền dân chủ trực tiếp "
            + "của phụ nữ; Ỹ ỹ Ữ ữ Ặ ặ Ợ ợ Ự ự Ẫ ẫ Ồ ồ Ỷ ỷ Đ đ.";

    private Samples() {
    }

    /** The NFD form of {@code text}, to feed renderers decomposed input. */
    public static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** A document with every kind of block; the body paragraph is {@code body}. */
    public static LayoutDocument everyBlock(String body) {
        Wording w = Wording.vietnamese();
        return LayoutDocument.of(
                DocumentInfo.vietnamese("Kế hoạch đối thoại", "Ủy ban nhân dân tỉnh Kon Tum", STAMP),
                PageSetup.a4Portrait(),
                new AdministrativeHeader(List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH KON TUM"),
                        w.numberLine(5, "KH-UBND"), w.text("header.national-name"), w.text("header.motto"),
                        w.placeAndDate("Kon Tum", 5, 1, 2020)),
                DocumentTitle.of(w.text("document.plan.type"), "Tổ chức Chương trình gặp gỡ, đối thoại giữa",
                        "Chủ tịch Ủy ban nhân dân tỉnh với phụ nữ năm 2024"),
                Paragraph.of(Run.italic("Thực hiện Văn bản số 8059/VPCP-QHĐP ngày 01 tháng 12 năm 2022;")),
                Heading.of(1, "I.", "MỤC ĐÍCH, YÊU CẦU"),
                Heading.of(2, "1.", "Mục đích"),
                Paragraph.of(body),
                Heading.of(2, "2.", "Yêu cầu:").continuedBy(Run.plain(" công tác tổ chức phải đảm bảo hiệu quả.")),
                BulletList.of(ListItem.dash("Phụ nữ có ý kiến, đề xuất, kiến nghị <script>alert(1)</script>"),
                        ListItem.plus("Ý kiến & kiến nghị \"khác\"")),
                Table.of(List.of("STT", "Nội dung", "Cơ quan chủ trì"),
                        List.of(List.of("1", "Tổng hợp ý kiến", "Sở Lao động - Thương binh và Xã hội"),
                                List.of("2", "=1+2 không phải công thức", "Hội Liên hiệp Phụ nữ tỉnh")))
                        .withRelativeWidths(1, 5, 4),
                new SignatureFooter(w.text("footer.recipients"),
                        List.of(ListItem.dash("Thường trực Tỉnh ủy (b/c);"), ListItem.dash("VP UBND tỉnh:"),
                                ListItem.plus("CVP, các PCVP;"), ListItem.dash("Lưu: VT, KGVX.NTMD.")),
                        Signature.of("Lê Ngọc Tuấn", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
                new PageBreak(),
                Paragraph.of("Trang hai."));
    }
}
