package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.actor.Actor;

class LeadAgencyDraftsAndCoAgenciesContributeTest {

    @Test
    void should_collect_contributions_and_the_leads_draft_then_redraft() {
        // GIVEN a question routed to so-ldtbxh with bhxh-tinh as co-agency
        QuestionRegistry registry = registry();
        Versioned q = routed(registry, "a");
        // WHEN the co-agency contributes and the lead drafts
        q = registry.execute(new QuestionCommand.Contribute(q.id(), q.version(), act(BHXH, at(4, 9)),
                "BHXH: 1.200 người chưa có thẻ."));
        assertThat(q.status()).isEqualTo(QuestionStatus.ROUTED);
        q = registry.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(), act(LDTBXH, at(5, 9)),
                "Dự thảo lần 1."));
        // THEN the draft is recorded with the contribution
        DraftedQuestion drafted = (DraftedQuestion) q.question();
        assertThat(drafted.draft().agency()).isEqualTo("so-ldtbxh");
        assertThat(drafted.draft().text()).isEqualTo("Dự thảo lần 1.");
        assertThat(drafted.routing().contributions()).singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(at(4, 9)));
        // WHEN the co-agency adds more and the lead redrafts
        q = registry.execute(new QuestionCommand.Contribute(q.id(), q.version(), act(BHXH, at(6, 9)), "Bổ sung."));
        q = registry.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(), act(LDTBXH, at(7, 9)),
                "Dự thảo lần 2."));
        // THEN the latest draft stands and both contributions are kept
        drafted = (DraftedQuestion) q.question();
        assertThat(drafted.draft().text()).isEqualTo("Dự thảo lần 2.");
        assertThat(drafted.routing().contributions()).hasSize(2);
        assertThat(q.version()).isEqualTo(7);
    }

    @Test
    void should_refuse_a_draft_from_any_agency_but_the_lead() {
        QuestionRegistry registry = registry();
        Versioned q = routed(registry, "a");
        for (Actor actor : List.of(BHXH, YTE)) {
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(),
                    act(actor, T0), "x"))).isInstanceOfSatisfying(ActionRefusedException.class,
                            e -> assertThat(e.action()).isEqualTo(Action.DRAFT))
                    .hasMessageContaining("the lead agency").hasMessageContaining("so-ldtbxh");
        }
        Actor compilerOfLead = Actor.of("comp-2", "Chuyên viên", RolePolicy.COMPILER, "so-ldtbxh");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(),
                act(compilerOfLead, T0), "x"))).isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("only the role agency may");
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_a_contribution_from_an_agency_that_is_not_a_co_agency() {
        QuestionRegistry registry = registry();
        Versioned q = drafted(registry, "a");
        for (Actor actor : List.of(LDTBXH, YTE, NOBODY)) {
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Contribute(q.id(), q.version(),
                    act(actor, T0), "x"))).isInstanceOfSatisfying(ActionRefusedException.class,
                            e -> assertThat(e.action()).isEqualTo(Action.CONTRIBUTE));
        }
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_an_empty_draft() {
        QuestionRegistry registry = registry();
        Versioned q = routed(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(),
                act(LDTBXH, T0), "  "))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThat(registry.get(q.id())).contains(q);
    }
}
