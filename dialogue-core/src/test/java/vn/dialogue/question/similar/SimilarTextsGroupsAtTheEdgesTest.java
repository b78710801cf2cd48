package vn.dialogue.question.similar;

import vn.dialogue.question.Fixtures;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionId;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.Versioned;

import vn.dialogue.question.similar.CompilationProposal;
import vn.dialogue.question.similar.SimilarGroup;
import vn.dialogue.question.similar.SimilarQuestions;
import vn.dialogue.question.similar.SimilarTexts;
import vn.dialogue.question.similar.SimilarityOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Grouping of near-duplicate texts at the edges: two texts, short texts, long texts, order, options, groups. */
class SimilarTextsGroupsAtTheEdgesTest {

    private static final SimilarityOptions DEFAULTS = SimilarityOptions.defaults();

    @Test
    void should_group_two_texts_when_they_are_the_only_ones_and_the_same() {
        // GIVEN just two texts, the same words
        List<SimilarGroup> groups = SimilarTexts.group(List.of("Đề nghị hỗ trợ vốn vay cho phụ nữ",
                "Đề nghị hỗ trợ vốn vay cho phụ nữ"), DEFAULTS);
        // THEN they form one group, fully similar
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).containsExactly(0, 1);
        assertThat(groups.get(0).score()).isEqualTo(1.0);
        assertThat(groups.get(0).minScore()).isEqualTo(1.0);
    }

    @Test
    void should_find_no_group_when_there_are_fewer_than_two_texts_or_the_texts_differ() {
        assertThat(SimilarTexts.group(List.of(), DEFAULTS)).isEmpty();
        assertThat(SimilarTexts.group(List.of("Một câu hỏi"), DEFAULTS)).isEmpty();
        assertThat(SimilarTexts.group(List.of("Xin chào", "Tạm biệt"), DEFAULTS)).isEmpty();
        assertThat(SimilarTexts.group(List.of("lương", "đất"), DEFAULTS.withShingleSize(3))).isEmpty();
    }

    @Test
    void should_group_a_decomposed_text_with_its_precomposed_form_when_diacritics_are_kept() {
        // GIVEN the same words, once with combining marks (NFD) and once precomposed (NFC)
        String nfc = "Hỗ trợ học bổng cho nữ sinh dân tộc thiểu số";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        // WHEN grouped without folding diacritics, next to a text that differs only in its marks
        List<SimilarGroup> groups = SimilarTexts.group(List.of(nfd, "Ho tro hoc bong cho nu sinh dan toc thieu so", nfc),
                DEFAULTS.withFoldDiacritics(false));
        // THEN the two spellings are one group, and the unmarked text is not in it
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).containsExactly(0, 2);
    }

    @Test
    void should_group_long_texts_of_more_than_64_words_when_they_are_copies() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append("từ").append(i).append(' ');
        }
        List<SimilarGroup> groups = SimilarTexts.group(List.of(text.toString(), "khác hẳn", text + "thêm"), DEFAULTS);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).containsExactly(0, 2);
        assertThat(groups.get(0).score()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    }

    @Test
    void should_order_groups_by_their_first_member_when_a_later_group_is_completed_first() {
        // GIVEN A B B A: the B group is complete before the A group
        String a = "Đề nghị nâng cấp đường giao thông nông thôn ở xã";
        String b = "Xin hỏi chế độ thai sản cho lao động nữ tự do";
        List<SimilarGroup> groups = SimilarTexts.group(List.of(a, b, b, a), DEFAULTS);
        // THEN the groups come ordered by their first member
        assertThat(groups).extracting(g -> g.member(0)).containsExactly(0, 1);
        assertThat(groups.get(0).members()).containsExactly(0, 3);
        assertThat(groups.get(1).members()).containsExactly(1, 2);
    }

    @Test
    void should_keep_many_copies_of_one_text_in_one_group_when_the_bucket_is_oversized() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            texts.add(i % 2 == 0 ? "Đề nghị tăng phụ cấp cho cán bộ hội cơ sở" : "Hỏi về đất ở khu tái định cư " + i);
        }
        List<SimilarGroup> groups = SimilarTexts.group(texts, DEFAULTS);
        assertThat(groups).isNotEmpty();
        assertThat(groups.get(0).size()).isEqualTo(50);
        assertThat(groups.get(0).member(49)).isEqualTo(98);
        assertThat(groups.get(0).minScore()).isEqualTo(1.0);
    }

    @Test
    void should_accept_options_at_their_bounds_and_refuse_them_beyond() {
        assertThat(new SimilarityOptions(1, true, 1, 1, 1.0).hashes()).isEqualTo(1);
        assertThat(new SimilarityOptions(5, false, 64, 16, 0.001).hashes()).isEqualTo(1024);
        assertThatThrownBy(() -> new SimilarityOptions(0, true, 40, 3, 0.5)).hasMessageContaining("shingle size");
        assertThatThrownBy(() -> new SimilarityOptions(6, true, 40, 3, 0.5)).hasMessageContaining("was 6");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 0, 3, 0.5)).hasMessageContaining("bands");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 65, 3, 0.5)).hasMessageContaining("was 65");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 40, 0, 0.5)).hasMessageContaining("rows");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 40, 17, 0.5)).hasMessageContaining("was 17");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 40, 3, 0.0)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new SimilarityOptions(2, true, 40, 3, 1.0001)).hasMessageContaining("threshold");
    }

    @Test
    void should_compare_sort_and_print_groups_by_members_and_scores() {
        // GIVEN groups made from unsorted members
        SimilarGroup g = new SimilarGroup(new int[] {7, 2, 5}, 0.8, 0.6);
        // THEN members are ascending, and equality covers members and both scores
        assertThat(g.members()).containsExactly(2, 5, 7);
        assertThat(g.member(0)).isEqualTo(2);
        assertThat(g.size()).isEqualTo(3);
        assertThat(g.minScore()).isEqualTo(0.6);
        assertThat(g.score()).isEqualTo(0.8);
        SimilarGroup same = new SimilarGroup(new int[] {2, 5, 7}, 0.8, 0.6);
        assertThat(g).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(g.hashCode()).isEqualTo(java.util.Arrays.hashCode(new int[] {2, 5, 7}) * 31
                + Double.hashCode(0.8));
        assertThat(g).isNotEqualTo(new SimilarGroup(new int[] {2, 5, 8}, 0.8, 0.6));
        assertThat(g).isNotEqualTo(new SimilarGroup(new int[] {2, 5, 7}, 0.7, 0.6));
        assertThat(g).isNotEqualTo(new SimilarGroup(new int[] {2, 5, 7}, 0.8, 0.5));
        assertThat(g).isNotEqualTo("SimilarGroup[2, 5, 7]");
        assertThat(g.toString()).isEqualTo("SimilarGroup[2, 5, 7] score 0.800");
        // AND a copy of the members does not change the group
        g.members()[0] = 99;
        assertThat(g.member(0)).isEqualTo(2);
        assertThatThrownBy(() -> new SimilarGroup(new int[] {1}, 1, 1)).hasMessageContaining("at least two");
    }

    @Test
    void should_propose_members_in_id_order_and_the_best_score_first_when_questions_come_in_any_order() {
        try (QuestionRegistry registry = Fixtures.registry()) {
            // GIVEN two near-duplicates received first, then two copies of another text
            String near = "Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số ở vùng sâu vùng xa";
            List<QuestionId> ids = new ArrayList<>();
            for (String text : List.of(near, near.replace("vùng xa", "biên giới"),
                    "Xin hỏi chế độ thai sản cho lao động nữ làm nghề tự do",
                    "Xin hỏi chế độ thai sản cho lao động nữ làm nghề tự do")) {
                Versioned q = registry.receive(Fixtures.submission("m-" + ids.size(), text),
                        Fixtures.act(Fixtures.CLERK, Fixtures.T0)).question();
                ids.add(q.id());
            }
            List<Versioned> accepted = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Versioned q = registry.get(ids.get(i)).orElseThrow();
                accepted.add(registry.execute(new QuestionCommand.Accept(q.id(), q.version(),
                        Fixtures.act(Fixtures.MODERATOR, Fixtures.T0), List.of("chinh-sach"))));
            }
            List<Question> reversed = new ArrayList<>(registry.questions());
            java.util.Collections.reverse(reversed);
            // WHEN proposals are made from the questions in reverse id order
            List<CompilationProposal> proposals = SimilarQuestions.propose(reversed);
            // THEN the identical pair comes first, and each proposal lists its members in id order
            assertThat(proposals).hasSize(2);
            assertThat(proposals.get(0).members()).containsExactly(ids.get(2), ids.get(3));
            assertThat(proposals.get(0).score()).isEqualTo(1.0);
            assertThat(proposals.get(1).members()).containsExactly(ids.get(0), ids.get(1));
            assertThat(proposals.get(1).score()).isLessThan(1.0);
        }
    }
}
