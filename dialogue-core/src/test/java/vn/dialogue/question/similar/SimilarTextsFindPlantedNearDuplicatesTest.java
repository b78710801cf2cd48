package vn.dialogue.question.similar;


import vn.dialogue.question.similar.SimilarGroup;
import vn.dialogue.question.similar.SimilarTexts;
import vn.dialogue.question.similar.SimilarityOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class SimilarTextsFindPlantedNearDuplicatesTest {

    @Test
    void should_find_planted_groups_with_high_precision_and_recall() {
        // GIVEN 6,000 texts with 600 planted groups of 2 to 5 variants (up to 3 edits each)
        PlantedDuplicates planted = new PlantedDuplicates(42, 6_000, 600, 2, 5, 3);
        // WHEN groups are found
        List<SimilarGroup> groups = SimilarTexts.group(planted.texts, SimilarityOptions.defaults());
        // THEN at least 95% of the pairs found are planted, and at least 95% of the planted pairs are found
        double[] pr = planted.precisionRecall(groups);
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.score()).isBetween(0.45, 1.0);
            assertThat(g.minScore()).isLessThanOrEqualTo(g.score());
        });
    }

    @Test
    void should_keep_distinct_requests_apart_even_when_they_share_phrases() {
        List<String> texts = List.of(
                "Đề nghị tăng cường công tác phòng chống bạo lực gia đình đối với phụ nữ và trẻ em gái.",
                "Đề nghị tăng cường công tác phòng chống xâm hại tình dục trẻ em trên địa bàn huyện.",
                "Kiến nghị có chính sách hỗ trợ cán bộ nữ là người dân tộc thiểu số tham gia cấp ủy.",
                "Kiến nghị có chính sách hỗ trợ phụ nữ đơn thân nuôi con nhỏ có hoàn cảnh khó khăn.",
                "Phụ nữ ở thôn chúng tôi chưa được tập huấn về bình đẳng giới, đề nghị tổ chức lớp tập huấn.",
                "Đề nghị xây dựng thêm nhà trẻ, trường mầm non để phụ nữ yên tâm đi làm.",
                "Đề nghị tỉnh có chính sách thu hút lao động nữ vào làm việc tại các khu công nghiệp.");
        assertThat(SimilarTexts.group(texts, SimilarityOptions.defaults())).isEmpty();
    }

    @Test
    void should_find_the_same_groups_whatever_the_order_of_the_texts() {
        PlantedDuplicates planted = new PlantedDuplicates(7, 1_000, 100, 2, 4, 2);
        List<SimilarGroup> groups = SimilarTexts.group(planted.texts, SimilarityOptions.defaults());
        List<String> reversed = new ArrayList<>(planted.texts);
        Collections.reverse(reversed);
        List<SimilarGroup> again = SimilarTexts.group(reversed, SimilarityOptions.defaults());
        int n = planted.texts.size();
        assertThat(again).hasSameSizeAs(groups);
        java.util.Set<java.util.Set<Integer>> a = new java.util.HashSet<>();
        for (SimilarGroup g : groups) {
            java.util.Set<Integer> members = new java.util.HashSet<>();
            for (int i = 0; i < g.size(); i++) {
                members.add(g.member(i));
            }
            a.add(members);
        }
        java.util.Set<java.util.Set<Integer>> b = new java.util.HashSet<>();
        for (SimilarGroup g : again) {
            java.util.Set<Integer> members = new java.util.HashSet<>();
            for (int i = 0; i < g.size(); i++) {
                members.add(n - 1 - g.member(i));
            }
            b.add(members);
        }
        assertThat(b).isEqualTo(a);
    }

    @Test
    void should_treat_text_typed_without_diacritics_or_in_capitals_as_the_same_when_folding() {
        List<String> texts = List.of(
                "Đề nghị hỗ trợ vay vốn cho phụ nữ khởi nghiệp ở nông thôn.",
                "DE NGHI HO TRO VAY VON CHO PHU NU KHOI NGHIEP O NONG THON",
                "Kiến nghị xây thêm trường mầm non tại xã Đăk Cấm.");
        List<SimilarGroup> folded = SimilarTexts.group(texts, SimilarityOptions.defaults());
        assertThat(folded).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly(0, 1);
            assertThat(g.score()).isEqualTo(1.0);
        });
        assertThat(SimilarTexts.group(texts, SimilarityOptions.defaults().withFoldDiacritics(false))).isEmpty();
    }

    @Test
    void should_group_many_copies_of_one_text_together() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            texts.add("Xin hỏi về chế độ thai sản cho lao động nữ tự do.");
        }
        texts.add("Một câu hỏi khác hẳn về đường giao thông liên thôn.");
        List<SimilarGroup> groups = SimilarTexts.group(texts, SimilarityOptions.defaults());
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.size()).isEqualTo(500));
    }

    @Test
    void should_leave_blank_texts_out_of_every_group() {
        List<String> texts = List.of("...", "!!!", "Câu hỏi có chữ.", "  ");
        assertThat(SimilarTexts.group(texts, SimilarityOptions.defaults())).isEmpty();
        assertThat(SimilarTexts.group(List.of("một"), SimilarityOptions.defaults())).isEmpty();
    }

    @Test
    void should_refuse_options_that_make_no_sense() {
        assertThatThrownBy(() -> new SimilarityOptions(0, true, 32, 4, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shingle");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 0, 4, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bands");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 32, 17, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows");
        assertThatThrownBy(() -> SimilarityOptions.defaults().withThreshold(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThat(SimilarityOptions.defaults().hashes()).isEqualTo(120);
    }
}
