package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dialogue.question.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.plan.Topic;

class CompilingDepartmentRoutesAQuestionToItsLeadAgencyTest {

    @Test
    void should_suggest_the_lead_agency_from_the_topic_and_keywords_then_route_as_the_human_decides() {
        // GIVEN an accepted question about health insurance for ethnic-minority women
        QuestionRegistry registry = registry();
        Versioned q = accepted(registry, "a");
        // WHEN the advisor reads it against the plan's topics
        List<RoutingSuggestion> suggestions = RoutingAdvisor.of(PLAN).suggest(q.question());
        // THEN the accepted topic's first agency leads the suggestions, with the keywords it found
        RoutingSuggestion best = suggestions.get(0);
        assertThat(best.topic()).isEqualTo("chinh-sach");
        assertThat(best.lead()).isEqualTo("so-ldtbxh");
        assertThat(best.declared()).isTrue();
        assertThat(best.keywords()).contains("dân tộc thiểu số", "bảo hiểm");
        // AND the health topic is suggested too, through "y tế"
        assertThat(suggestions).extracting(RoutingSuggestion::topic).contains("nang-cao-nang-luc");
        // WHEN the compiling department routes it with the answer date the plan's rule gives
        LocalDate due = DueDates.on(WorkingCalendar.vietnam()).resolve(
                OffsetDeadline.workingDaysBefore(5, MilestoneRef.session()), MilestoneRef.session(), SESSION_DAY);
        Versioned routed = registry.execute(new QuestionCommand.Route(q.id(), q.version(), act(COMPILER, T0),
                best.lead(), List.of("bhxh-tinh", "so-yte"), due));
        // THEN it is routed to the lead and co-agencies, due five working days before the session
        Routing routing = ((RoutedQuestion) routed.question()).routing();
        assertThat(routing.lead()).isEqualTo("so-ldtbxh");
        assertThat(routing.coAgencies()).containsExactly("bhxh-tinh", "so-yte");
        assertThat(routing.answerDue()).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(routed.question().agency()).contains("so-ldtbxh");
    }

    @Test
    void should_suggest_from_keywords_typed_without_diacritics() {
        RoutingAdvisor advisor = RoutingAdvisor.of(List.of(
                new Topic("an-toan", "An toàn", List.of("cong-an-tinh"), List.of("bạo lực", "xâm hại")),
                new Topic("hoc-nghe", "Học nghề", List.of("so-ldtbxh"), List.of("học nghề")),
                new Topic("trong", "Không cơ quan", List.of(), List.of("bạo lực"))));
        Dossier dossier = Dossier.of(QuestionId.of("q-000001"), Submission.of("m", SubmissionKind.QUESTION,
                "Lam sao phong chong BAO LUC gia dinh?", asker(null), Channel.hotline(), T0));
        List<RoutingSuggestion> suggestions = advisor.suggest(dossier);
        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).lead()).isEqualTo("cong-an-tinh");
        assertThat(suggestions.get(0).score()).isEqualTo(0.5);
        assertThat(suggestions.get(0).declared()).isFalse();
    }

    @Test
    void should_route_anew_keeping_contributions_when_the_lead_changes() {
        QuestionRegistry registry = registry();
        Versioned q = routed(registry, "a");
        q = registry.execute(new QuestionCommand.Contribute(q.id(), q.version(), act(BHXH, T0), "Số liệu."));
        Versioned again = registry.execute(new QuestionCommand.Route(q.id(), q.version(), act(COMPILER, T0),
                "bhxh-tinh", List.of("so-ldtbxh"), LocalDate.of(2024, 11, 15)));
        Routing routing = ((RoutedQuestion) again.question()).routing();
        assertThat(routing.lead()).isEqualTo("bhxh-tinh");
        assertThat(routing.contributions()).extracting(Contribution::agency).containsExactly("bhxh-tinh");
        assertThat(again.version()).isEqualTo(q.version() + 1);
    }

    @Test
    void should_refuse_routing_by_anyone_but_the_compiling_department() {
        QuestionRegistry registry = registry();
        Versioned q = accepted(registry, "a");
        for (var actor : List.of(MODERATOR, LDTBXH, SECRETARIAT)) {
            assertThatThrownBy(() -> registry.execute(new QuestionCommand.Route(q.id(), q.version(), act(actor, T0),
                    "so-ldtbxh", List.of(), LocalDate.of(2024, 11, 14))))
                    .isInstanceOfSatisfying(ActionRefusedException.class,
                            e -> assertThat(e.action()).isEqualTo(Action.ROUTE))
                    .hasMessageContaining("compiler");
        }
        assertThat(registry.get(q.id())).contains(q);
    }

    @Test
    void should_refuse_an_agency_unknown_to_the_plan_or_a_lead_that_is_also_a_co_agency() {
        QuestionRegistry registry = registry();
        Versioned q = accepted(registry, "a");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Route(q.id(), q.version(), act(COMPILER, T0),
                "so-khong-co", List.of(), LocalDate.of(2024, 11, 14)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation 'so-khong-co'");
        assertThatThrownBy(() -> registry.execute(new QuestionCommand.Route(q.id(), q.version(), act(COMPILER, T0),
                "so-ldtbxh", List.of("so-ldtbxh"), LocalDate.of(2024, 11, 14))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both lead and co-agency");
        assertThat(registry.get(q.id())).contains(q);
    }
}
