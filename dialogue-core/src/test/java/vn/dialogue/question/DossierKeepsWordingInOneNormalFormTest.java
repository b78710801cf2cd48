package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.submission;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A dossier's wording is always in NFC, whether it answers one submission or several. */
class DossierKeepsWordingInOneNormalFormTest {

    private static final String NFC = "Hỗ trợ học bổng cho nữ sinh";
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void should_normalise_a_decomposed_wording_when_the_dossier_answers_one_submission() {
        Original one = new Original(QuestionId.of("q-000001"), submission("m-1"));
        Dossier dossier = new Dossier(List.of(one), List.of("chinh-sach"), NFD);
        assertThat(NFD).isNotEqualTo(NFC);
        assertThat(dossier.wording()).isEqualTo(NFC);
        assertThat(dossier.isCompiled()).isFalse();
        assertThat(dossier.toString()).isEqualTo("Dossier[1 originals, topics=[chinh-sach]]");
    }

    @Test
    void should_normalise_a_decomposed_wording_when_the_dossier_answers_several_submissions() {
        Original a = new Original(QuestionId.of("q-000001"), submission("m-1", NFD));
        Original b = new Original(QuestionId.of("q-000002"), submission("m-2"));
        Dossier dossier = new Dossier(List.of(a, b), List.of(), NFD);
        assertThat(dossier.wording()).isEqualTo(NFC);
        assertThat(dossier.isCompiled()).isTrue();
        assertThat(dossier.askers()).hasSize(2);
        assertThat(dossier.toString()).isEqualTo("Dossier[2 originals, topics=[]]");
    }
}
