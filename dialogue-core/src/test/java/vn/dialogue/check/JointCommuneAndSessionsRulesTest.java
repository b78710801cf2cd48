package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.BridgePointRule;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.DialogueFormat;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.GrassrootsDialogue;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.QuestionTargets;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Signature;
import vn.dialogue.plan.SigningAuthority;
import vn.dialogue.plan.Task;
import vn.dialogue.plan.VenueAttendance;

/** The rules for joint plans and signing, several sessions and counts, and commune dialogue conferences. */
class JointCommuneAndSessionsRulesTest {

    private static Plan withOrganisation(Plan plan, Organisation o) {
        Registry r = plan.registry();
        List<Organisation> orgs = new ArrayList<>(r.organisations());
        orgs.add(o);
        return plan.toBuilder().registry(new Registry(r.levels(), r.units(), orgs)).build();
    }

    private static Plan joint(String symbol) {
        Plan base = withOrganisation(PlanFixtures.issued().build(),
                new Organisation("hnd", "Hội Nông dân tỉnh Quảng Ngãi", null, "hội nông dân", "qn", null));
        DocumentIdentity id = base.identity();
        return base.withIdentity(new DocumentIdentity(id.issuer(), null, id.type(), id.number(), symbol, id.place(),
                id.issueDate(), id.subject(), List.of("hnd")));
    }

    @Test
    void should_warn_when_a_joint_plan_symbol_names_one_body_and_a_co_signature_is_missing() {
        // GIVEN a plan of two bodies whose symbol is "KH-UBND" and which has one signature
        CheckReport report = PlanFixtures.check(new JointPlanRule(), joint("KH-UBND"));
        // THEN both are reported
        assertThat(report.withCode("JOINT_SYMBOL")).singleElement()
                .satisfies(f -> assertThat(f.message().vi()).contains("KH-UBND-HNDT"));
        assertThat(report.withCode("JOINT_SIGNATURES")).hasSize(1);
        assertThat(report.withCode("JOINT_NO_CO_CHAIR")).hasSize(1);
    }

    @Test
    void should_accept_a_joint_plan_with_its_symbol_co_signature_and_co_chair() {
        Plan plan = joint("KH-UBND-HNDT").toBuilder()
                .coSignatures(List.of(new Signature(SigningAuthority.TM, "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trần Văn B")))
                .attendance(List.of(new VenueAttendance("hall", false, null, null, null, List.of(new DelegateGroup(
                        "lead", null, DelegateRole.ANSWERING, List.of(
                                new GroupMember("Chủ trì", DelegateRole.CHAIR, List.of("ubnd"), null),
                                new GroupMember("Đồng chủ trì", DelegateRole.CO_CHAIR, List.of("hnd"), null)),
                        null, null, null)))))
                .build();

        assertThat(PlanFixtures.check(new JointPlanRule(), plan).findings()).isEmpty();
    }

    @Test
    void should_warn_when_a_deputy_signs_on_behalf_or_a_head_signs_as_deputy() {
        Plan deputyTm = PlanFixtures.issued()
                .signature(new Signature(SigningAuthority.TM, "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lê Văn C")).build();
        Plan headKt = PlanFixtures.issued()
                .signature(new Signature(SigningAuthority.KT, "CHỦ TỊCH", "CHỦ TỊCH", "Lê Văn C")).build();
        Plan right = PlanFixtures.issued()
                .signature(new Signature(SigningAuthority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn C")).build();

        assertThat(PlanFixtures.check(new JointPlanRule(), deputyTm).withCode("SIGNATURE_DEPUTY_ON_BEHALF"))
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("signature.authority"));
        assertThat(PlanFixtures.check(new JointPlanRule(), headKt).withCode("SIGNATURE_DEPUTY_TITLE")).hasSize(1);
        assertThat(PlanFixtures.check(new JointPlanRule(), right).findings()).isEmpty();
    }

    @Test
    void should_report_overlapping_sessions_at_one_venue_and_more_questions_taken_up_than_gathered() {
        Session morning = new Session("s", LocalDate.of(2026, 3, 20), null, PartOfDay.MORNING, LocalTime.of(8, 0),
                LocalTime.of(11, 0));
        Session clash = new Session("w", LocalDate.of(2026, 3, 20), null, PartOfDay.MORNING, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Hội thảo", null, null);
        Session elsewhere = new Session("w", LocalDate.of(2026, 3, 20), null, PartOfDay.MORNING, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Hội thảo", "room", null);
        Plan plan = PlanFixtures.issued().sessions(List.of(morning, clash))
                .questions(new QuestionTargets(Headcount.about(10), Headcount.between(20, 30), null)).build();

        CheckReport report = PlanFixtures.check(new SessionsRule(), plan);

        assertThat(report.withCode("SESSION_OVERLAP")).extracting(Finding::path).containsExactly("sessions[1]");
        assertThat(report.withCode("QUESTIONS_TAKEN_UP_ABOVE_GATHERED")).hasSize(1);
        assertThat(PlanFixtures.check(new SessionsRule(), plan.withSessions(List.of(morning, elsewhere)).toBuilder()
                .questions(null).build()).findings()).isEmpty();
    }

    @Test
    void should_report_an_unknown_session_venue_and_bridge_point_rule_unit_at_their_paths() {
        Plan plan = PlanFixtures.issued()
                .sessions(List.of(new Session("s", LocalDate.of(2026, 3, 20), null, PartOfDay.MORNING, null, null,
                        null, "nowhere", null)))
                .format(new DialogueFormat("hall", List.of(), null, List.of(),
                        new BridgePointRule("commune", "gone", List.of("x9"), null, null)))
                .build();

        CheckReport report = PlanFixtures.check(new ReferenceRule(), plan);

        assertThat(report.withCode("VENUE_UNKNOWN")).extracting(Finding::path).containsExactly("sessions[0].venue");
        assertThat(report.withCode("UNIT_UNKNOWN")).extracting(Finding::path)
                .containsExactlyInAnyOrder("format.bridgePointRule.within", "format.bridgePointRule.except[0]");
    }

    private static Plan commune(int noticeDays, int resultDays, boolean coChair) {
        Plan base = PlanFixtures.issued().build();
        Task announce = new Task("thong-bao", "Thông báo hội nghị", List.of(), List.of("mttq"), List.of("Thông báo"),
                OffsetDeadline.daysBefore(noticeDays, MilestoneRef.session()));
        Task results = new Task("ket-qua", "Thông báo kết quả", List.of(), List.of(), List.of("Thông báo kết quả"),
                OffsetDeadline.daysAfter(resultDays, MilestoneRef.session()));
        Task record = new Task("bien-ban", "Biên bản", List.of(), List.of(), List.of("Biên bản"),
                OffsetDeadline.workingDaysAfter(2, MilestoneRef.session()));
        List<GroupMember> members = new ArrayList<>(List.of(
                new GroupMember("Chủ trì", DelegateRole.CHAIR, List.of("ubnd"), null),
                new GroupMember("Đảng ủy", DelegateRole.INVITED, List.of("du"), null)));
        if (coChair) {
            members.add(new GroupMember("Đồng chủ trì", DelegateRole.CO_CHAIR, List.of("hdnd"), null));
        }
        return base.toBuilder()
                .implementation(new Implementation(List.of(new ImplementationPart("Phân công", List.of(
                        new Assignment(List.of("ubnd"), null, null, List.of(announce, results, record))))), null))
                .attendance(List.of(new VenueAttendance("hall", false, null, null, null, List.of(
                        new DelegateGroup("lead", null, DelegateRole.ANSWERING, members, null, null, null)))))
                .grassroots(new GrassrootsDialogue("thong-bao", "ket-qua", "bien-ban", "hdnd", "mttq", "du"))
                .build();
    }

    @Test
    void should_hold_a_commune_conference_to_the_seven_and_ten_days_of_article_43() {
        // GIVEN an announcement 5 days before and results 12 days after, no co-chair
        CheckReport late = PlanFixtures.check(new CommuneDialogueRule(), commune(5, 12, false));
        // THEN each is reported, citing the article
        assertThat(late.withCode("COMMUNE_ANNOUNCEMENT_LATE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message().vi()).contains("Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 43")
                    .contains("5 ngày");
        });
        assertThat(late.withCode("COMMUNE_RESULTS_LATE")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("Article 43").contains("12 days"));
        assertThat(late.withCode("COMMUNE_CO_CHAIR_MISSING")).hasSize(1);
        // AND 7 days before and 10 after, with the co-chair, pass
        assertThat(PlanFixtures.check(new CommuneDialogueRule(), commune(7, 10, true)).findings()).isEmpty();
    }

    @Test
    void should_ask_a_commune_plan_for_its_announcement_and_results_tasks_and_leave_other_plans_alone() {
        Plan missing = commune(7, 10, true).toBuilder()
                .grassroots(new GrassrootsDialogue(null, "nope", null, "hdnd", "mttq", "du")).build();

        CheckReport report = PlanFixtures.check(new CommuneDialogueRule(), missing);

        assertThat(report.errors()).extracting(Finding::code)
                .containsExactly("COMMUNE_ANNOUNCEMENT_MISSING", "COMMUNE_RESULTS_MISSING");
        assertThat(report.withCode("COMMUNE_RECORD_MISSING")).hasSize(1);
        assertThat(PlanFixtures.check(new CommuneDialogueRule(), PlanFixtures.issued().build()).findings()).isEmpty();
    }
}
