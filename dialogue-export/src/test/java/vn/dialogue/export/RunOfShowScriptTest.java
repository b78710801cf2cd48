package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.AgendaItem;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;

class RunOfShowScriptTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);

    @Test
    void should_follow_the_usual_order_and_put_each_question_under_its_topic_with_its_cue() throws IOException {
        RunOfShowScript script = RunOfShowScript.of(PLAN, QUESTIONS).withTimestamp(Samples.STAMP);
        try (XWPFDocument doc = Outputs.docx(Outputs.render(script.layout(), Format.DOCX))) {
            List<String> text = Outputs.paragraphs(doc);
            assertThat(text).containsSubsequence("KỊCH BẢN ĐIỀU HÀNH",
                    "07 giờ 30, ngày 22 tháng 11 năm 2024; Hội trường Ngọc Linh, thành phố Kon Tum",
                    "1. 07:30 - Đón tiếp đại biểu", "Thực hiện: Ban Tổ chức",
                    "Lời dẫn: Trân trọng kính mời Ban Tổ chức.",
                    "3. Phát biểu khai mạc, nêu mục đích, yêu cầu buổi đối thoại",
                    "Thực hiện: Chủ tịch Ủy ban nhân dân tỉnh",
                    "4. Đối thoại: " + PLAN.topics().get(0).title(),
                    "Nội dung số 1 (1 người gửi; Cổng thông tin điện tử (1); Sa Thầy (1)): "
                            + "Tôi là [đã ẩn], điện thoại [đã ẩn], đề nghị tăng cường phòng chống bạo lực gia đình ở thôn.",
                    "Lời dẫn: Trân trọng kính mời đại diện lãnh đạo Công an tỉnh Kon Tum trả lời nội dung số 1.",
                    "Lời dẫn: Trân trọng kính mời đại biểu tại các điểm cầu Phòng họp trực tuyến huyện Đăk Glei, "
                            + "Phòng họp trực tuyến huyện Ngọc Hồi, Phòng họp trực tuyến huyện Đăk Tô, "
                            + "Phòng họp trực tuyến huyện Tu Mơ Rông, Phòng họp trực tuyến huyện Đăk Hà, "
                            + "Phòng họp trực tuyến huyện Sa Thầy, Phòng họp trực tuyến huyện Ia H'Drai, "
                            + "Phòng họp trực tuyến huyện Kon Rẫy, Phòng họp trực tuyến huyện Kon Plông nêu ý kiến, "
                            + "kiến nghị về nội dung này.",
                    "5. Đối thoại: " + PLAN.topics().get(1).title(),
                    "Nội dung số 2 (2 người gửi; Hội LHPN tỉnh (2); Đăk Hà (1); Đăk Tô (1)): "
                            + "Hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số và phụ nữ nghèo",
                    "Lời dẫn: Trân trọng kính mời đại diện lãnh đạo Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum "
                            + "trả lời nội dung số 2.",
                    "6. Đối thoại: " + PLAN.topics().get(2).title(), "Nội dung số 5 (1 người gửi; Thư điện tử (1); "
                            + "Kon Plông (1)): Đề nghị mở lớp dạy nghề trồng sâm cho phụ nữ.",
                    "7. Phát biểu chỉ đạo, kết luận", "8. 11:30 - Bế mạc");
            assertThat(String.join("\n", text)).doesNotContain("Tranh chấp đất đai")
                    // the master of ceremonies leads item 2 and does not invite himself
                    .doesNotContain("kính mời Người dẫn chương trình").doesNotContain("cong-ttdt");
        }
    }

    @Test
    void should_follow_the_plans_agenda_and_gather_unplaced_questions_after_the_last_dialogue_item() {
        Plan withAgenda = PLAN.toBuilder().agenda(List.of(
                new AgendaItem("khai-mac", "Khai mạc", LocalTime.of(7, 30), 15, "Lãnh đạo Sở Nội vụ", List.of(), null),
                new AgendaItem("an-sinh", "Đối thoại về an sinh xã hội", null, 60, null, List.of("so-ldtbxh"), null),
                new AgendaItem("ket-luan", "Kết luận", null, 20, "Chủ tịch", List.of(), null))).build();
        List<String> text = RunOfShowScript.of(withAgenda, QUESTIONS).layout().blocks().stream()
                .map(b -> b instanceof vn.dialogue.export.layout.Heading h ? h.label()
                        : b instanceof vn.dialogue.export.layout.Paragraph p ? p.text() : "")
                .filter(s -> !s.isEmpty()).toList();
        assertThat(text).containsSubsequence("1. 07:30 - Khai mạc", "2. 07:45 - Đối thoại về an sinh xã hội",
                "Thực hiện: Sở LĐ-TB&XH", "3. Các nội dung đối thoại khác", "4. 08:45 - Kết luận");
        int labour = indexOfPrefix(text, "Nội dung số 2 ");
        int others = text.indexOf("3. Các nội dung đối thoại khác");
        int police = indexOfPrefix(text, "Nội dung số 1 ");
        int conclusion = text.indexOf("4. 08:45 - Kết luận");
        // the labour department's questions under its item, the rest gathered before the conclusions
        assertThat(labour).isBetween(1, others);
        assertThat(police).isBetween(others, conclusion);
        assertThat(indexOfPrefix(text, "Nội dung số 3 ")).isBetween(1, others);
        assertThat(indexOfPrefix(text, "Nội dung số 4 ")).isBetween(others, conclusion);
    }

    @Test
    void should_place_questions_under_the_agenda_item_of_their_topic_even_when_agencies_overlap() {
        // GIVEN an agenda whose two dialogue items share an agency, each naming its topic
        List<String> agencies = List.of("so-ldtbxh", "cong-an-tinh", "so-yte", "so-gddt", "bhxh-tinh");
        Plan withTopics = PLAN.toBuilder().agenda(List.of(
                new AgendaItem("khai-mac", "Khai mạc", LocalTime.of(7, 30), 15, "Người dẫn chương trình", List.of(),
                        null),
                new AgendaItem("dt-1", "Đối thoại chủ đề I", null, 60, null, agencies, null, PLAN.topics().get(0).id(), null),
                new AgendaItem("dt-2", "Đối thoại chủ đề II", null, 60, null, agencies, null, PLAN.topics().get(1).id(), null),
                new AgendaItem("ket-luan", "Kết luận", null, 20, "Chủ tịch", List.of(), null))).build();
        List<String> text = RunOfShowScript.of(withTopics, QUESTIONS).layout().blocks().stream()
                .map(b -> b instanceof vn.dialogue.export.layout.Heading h ? h.label()
                        : b instanceof vn.dialogue.export.layout.Paragraph p ? p.text() : "")
                .filter(s -> !s.isEmpty()).toList();
        int first = text.indexOf("2. 07:45 - Đối thoại chủ đề I");
        int second = text.indexOf("3. 08:45 - Đối thoại chủ đề II");
        // THEN topic I's question is under item 2 and topic II's under item 3, not all under the first match
        assertThat(indexOfPrefix(text, "Nội dung số 1 ")).isBetween(first, second);
        assertThat(indexOfPrefix(text, "Nội dung số 2 ")).isGreaterThan(second);
        assertThat(text).doesNotContain("Lời dẫn: Trân trọng kính mời Người dẫn chương trình.");
    }

    private static int indexOfPrefix(List<String> text, String prefix) {
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
