package vn.dialogue.question;

import vn.dialogue.question.similar.CompilationProposal;
import vn.dialogue.question.similar.SimilarQuestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.store.StaleVersionException;

class SimilarQuestionsAreCompiledAndOneAnswerReachesEveryAskerTest {

    private static Versioned accept(QuestionRegistry r, Submission s) {
        Versioned q = r.receive(s, act(CLERK, T0)).question();
        return r.execute(new QuestionCommand.Accept(q.id(), q.version(), act(MODERATOR, T0), List.of()));
    }

    @Test
    void should_propose_the_similar_questions_then_compile_them_keeping_every_original() {
        // GIVEN three accepted questions, two of them alike (one typed without diacritics), from two channels
        QuestionRegistry registry = registry();
        Versioned a = accept(registry, submission("a", "Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc "
                + "thiểu số ở vùng sâu, vùng xa."));
        Versioned b = accept(registry, new Submission("b", SubmissionKind.QUESTION,
                "De nghi tang muc ho tro bao hiem y te cho phu nu dan toc thieu so o vung sau vung xa!",
                List.of("chinh-sach"), asker("kon-plong"), Channel.webPortal("cong-ttdt"), T0, null, List.of()));
        Versioned c = accept(registry, submission("c", "Xin hỏi kế hoạch mở lớp dạy nghề may cho chị em năm tới?"));
        // WHEN similar questions are proposed
        List<CompilationProposal> proposals = SimilarQuestions.propose(registry.questions());
        // THEN the two alike are proposed together, the third is not
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).members()).containsExactly(a.id(), b.id());
        assertThat(proposals.get(0).score()).isGreaterThan(0.9);
        // WHEN the compiling department confirms
        Versioned compiled = registry.execute(new QuestionCommand.Compile(List.of(a, b), act(COMPILER, T0),
                "Tăng mức hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số vùng sâu, vùng xa", List.of()));
        // THEN a new accepted question holds both originals, askers and channels
        Dossier dossier = compiled.question().dossier();
        assertThat(compiled.status()).isEqualTo(QuestionStatus.ACCEPTED);
        assertThat(dossier.isCompiled()).isTrue();
        assertThat(dossier.originals()).extracting(Original::question).containsExactly(a.id(), b.id());
        assertThat(dossier.originals()).extracting(o -> o.submission().channel().kind())
                .containsExactly(ChannelKind.UNION_BRANCH, ChannelKind.WEB_PORTAL);
        assertThat(dossier.askers()).extracting(Asker::unit).containsExactly("dak-ha", "kon-plong");
        assertThat(dossier.topics()).containsExactly("chinh-sach");
        // AND each member is merged into it and still tracked
        for (Versioned member : List.of(a, b)) {
            Versioned now = registry.get(member.id()).orElseThrow();
            assertThat(now.status()).isEqualTo(QuestionStatus.MERGED);
            assertThat(now.version()).isEqualTo(member.version() + 1);
            assertThat(((MergedQuestion) now.question()).into()).isEqualTo(compiled.id());
        }
        assertThat(registry.get(c.id()).orElseThrow().status()).isEqualTo(QuestionStatus.ACCEPTED);
        // AND no new proposal remains
        assertThat(SimilarQuestions.propose(registry.questions())).isEmpty();
    }

    @Test
    void should_word_a_compiled_question_with_an_accented_member_rather_than_one_typed_without_diacritics() {
        // GIVEN a group whose first member was typed without diacritics, the second in lower case, the third well-formed
        QuestionRegistry registry = registry();
        Versioned plain = accept(registry, submission("a", "De xuat nang muc cho vay von uu dai cho phu nu."));
        Versioned lower = accept(registry, submission("b", "đề xuất nâng mức cho vay vốn ưu đãi cho phụ nữ"));
        Versioned formed = accept(registry, submission("c", "Đề xuất nâng mức cho vay vốn ưu đãi cho phụ nữ."));
        // WHEN the wording is chosen, THEN the well-formed accented text wins, then any accented one, then the first
        assertThat(SimilarQuestions.wording(List.of(plain.question(), lower.question(), formed.question())))
                .isEqualTo("Đề xuất nâng mức cho vay vốn ưu đãi cho phụ nữ.");
        assertThat(SimilarQuestions.wording(List.of(plain.question(), lower.question())))
                .isEqualTo("đề xuất nâng mức cho vay vốn ưu đãi cho phụ nữ");
        assertThat(SimilarQuestions.wording(List.of(plain.question())))
                .isEqualTo("De xuat nang muc cho vay von uu dai cho phu nu.");
        assertThatThrownBy(() -> SimilarQuestions.wording(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_reach_every_asker_with_one_live_answer_but_not_one_who_withdrew() {
        // GIVEN three alike questions compiled into one
        QuestionRegistry registry = registry();
        Versioned a = accepted(registry, "a");
        Versioned b = accepted(registry, "b");
        Versioned c = accepted(registry, "c");
        Versioned compiled = registry.execute(new QuestionCommand.Compile(List.of(a, b, c), act(COMPILER, T0),
                "Câu hỏi chung", List.of("chinh-sach")));
        // WHEN one asker withdraws and the compiled question is answered live
        Versioned bNow = registry.get(b.id()).orElseThrow();
        registry.execute(new QuestionCommand.Withdraw(b.id(), bNow.version(), act(CLERK, T0, "letter of withdrawal")));
        Versioned answered = registry.execute(new QuestionCommand.AnswerLive(compiled.id(), compiled.version(),
                act(SECRETARIAT, AT_SESSION), SESSION, "so-ldtbxh", "Giám đốc Sở", "Trả lời chung."));
        // THEN the answer reaches the askers of a and c, and the dossier still keeps all three originals
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED_LIVE);
        assertThat(registry.recipients(compiled.id())).extracting(Original::question).containsExactly(a.id(), c.id());
        assertThat(answered.question().dossier().originals()).hasSize(3);
        assertThat(SessionRecord.of(SESSION, registry.questions()).entries().get(0).askers()).isEqualTo(3);
    }

    @Test
    void should_refuse_to_compile_a_question_that_is_not_accepted() {
        QuestionRegistry registry = registry();
        Versioned a = accepted(registry, "a");
        Versioned r = received(registry, "r");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Compile(List.of(a, r), act(COMPILER, T0),
                "x", List.of()))).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.question()).isEqualTo(r.id());
                    assertThat(e.attempted()).isEqualTo(Transition.MERGE);
                });
        assertThat(registry.get(a.id())).contains(a);
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void should_refuse_compilation_by_anyone_but_the_compiling_department() {
        QuestionRegistry registry = registry();
        Versioned a = accepted(registry, "a");
        Versioned b = accepted(registry, "b");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Compile(List.of(a, b), act(MODERATOR, T0),
                "x", List.of()))).isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.COMPILE));
        assertThat(registry.get(a.id())).contains(a);
        assertThat(registry.get(b.id())).contains(b);
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void should_refuse_compilation_against_a_stale_member() {
        QuestionRegistry registry = registry();
        Versioned a = accepted(registry, "a");
        Versioned b = accepted(registry, "b");
        Versioned staleB = new Versioned(b.question(), b.version() - 1);
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Compile(List.of(a, staleB), act(COMPILER, T0),
                "x", List.of()))).isInstanceOf(StaleVersionException.class);
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_compilation_of_fewer_than_two_distinct_questions() {
        QuestionRegistry registry = registry();
        Versioned a = accepted(registry, "a");
        assertThatThrownBy(() -> new QuestionCommand.Compile(List.of(a), act(COMPILER, T0), "x", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> new QuestionCommand.Compile(List.of(a, a), act(COMPILER, T0), "x", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void should_compile_through_the_state_method_when_the_states_are_at_hand() {
        // the typed path: no registry, states and the transition method only
        AcceptedQuestion a = (AcceptedQuestion) Evolution.evolve(Evolution.evolve(null,
                new QuestionEvent.QuestionReceived(QuestionId.of("q-000001"), act(CLERK, T0), submission("a"))),
                new QuestionEvent.QuestionAccepted(QuestionId.of("q-000001"), act(MODERATOR, T0), List.of("chinh-sach")));
        AcceptedQuestion b = new AcceptedQuestion(QuestionId.of("q-000002"),
                Dossier.of(QuestionId.of("q-000002"), submission("b")));
        Compilation compilation = AcceptedQuestion.compile(QuestionId.of("q-000003"), List.of(a, b),
                act(COMPILER, T0), "Chung", List.of(), ROLES);
        assertThat(compilation.compiled().dossier().originals()).hasSize(2);
        assertThat(compilation.merged()).extracting(MergedQuestion::into).containsOnly(QuestionId.of("q-000003"));
        assertThat(compilation.event().affected()).containsExactly(QuestionId.of("q-000003"),
                QuestionId.of("q-000001"), QuestionId.of("q-000002"));
    }
}
