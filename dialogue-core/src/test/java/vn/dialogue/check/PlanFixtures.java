package vn.dialogue.check;

import java.time.LocalDate;
import java.util.List;

import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.organisation.AdministrativeLevel;
import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.organisation.Registry;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.DialogueFormat;
import vn.dialogue.plan.DocumentIdentity;
import vn.dialogue.plan.DocumentType;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.IssueDate;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlanStatus;
import vn.dialogue.plan.Recipient;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Signature;
import vn.dialogue.plan.SigningAuthority;
import vn.dialogue.plan.Task;
import vn.dialogue.plan.Topic;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.venue.Venue;
import vn.dialogue.venue.VenueKind;

/** A small, complete, issued plan of the two-level structure (province and commune), which passes every rule. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static Registry registry() {
        return new Registry(
                List.of(new AdministrativeLevel("province", "tỉnh", 1), new AdministrativeLevel("commune", "xã", 2)),
                List.of(new AdministrativeUnit("qn", "tỉnh Quảng Ngãi", "Quảng Ngãi", "province", null),
                        new AdministrativeUnit("x1", "phường Kon Tum", "Kon Tum", "commune", "qn")),
                List.of(new Organisation("ubnd", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh", null, "qn", null),
                        new Organisation("so-nv", "Sở Nội vụ", null, "sở", "qn", "ubnd"),
                        new Organisation("hlhpn", "Hội Liên hiệp Phụ nữ tỉnh", null, "hội", "qn", null)));
    }

    static Task task(String id, LocalDate before) {
        return new Task(id, "Tổng hợp ý kiến", List.of(), List.of(), List.of("Bảng tổng hợp"), FixedDeadline.before(before));
    }

    static Plan.Builder issued() {
        DocumentIdentity identity = new DocumentIdentity("ubnd", null, DocumentType.KE_HOACH, 15, "KH-UBND",
                "Quảng Ngãi", IssueDate.of(LocalDate.of(2026, 2, 5)), "Đối thoại với phụ nữ năm 2026");
        return Plan.builder("qn-2026", identity)
                .status(PlanStatus.ISSUED)
                .theme("Bình đẳng giới")
                .topics(List.of(new Topic("t1", "Việc làm", List.of("so-nv"), List.of("việc làm"))))
                .venues(List.of(new Venue("hall", "Hội trường tỉnh", VenueKind.IN_PERSON, "qn", null, 300, null),
                        new Venue("room", "Phòng trực tuyến phường Kon Tum", VenueKind.ONLINE, "x1", null, 40, null)))
                .format(new DialogueFormat("hall", List.of(new BridgePoint("room", "x1")), null, List.of()))
                .sessions(List.of(Session.on("s", LocalDate.of(2026, 3, 20), PartOfDay.MORNING)))
                .attendance(List.of(new VenueAttendance("hall", false, null, null, Headcount.about(250), List.of(
                        new DelegateGroup("lead", null, DelegateRole.ANSWERING,
                                List.of(new GroupMember("Chủ trì", DelegateRole.CHAIR, List.of("ubnd"), null)), null,
                                Headcount.exactly(50), null),
                        new DelegateGroup("women", null, DelegateRole.PARTICIPANT, List.of(), null,
                                Headcount.about(200), "hlhpn")))))
                .implementation(new Implementation(List.of(new ImplementationPart("Phân công nhiệm vụ", List.of(
                        new Assignment(List.of("hlhpn"), null, null,
                                List.of(task("collect", LocalDate.of(2026, 3, 1)))),
                        new Assignment(List.of("so-nv"), null, null,
                                List.of(task("compile", LocalDate.of(2026, 3, 10))))))), null))
                .recipients(List.of(Recipient.of("Các sở, ngành")))
                .archive(List.of("VT", "KGVX"))
                .signature(new Signature(SigningAuthority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"))
                .registry(registry());
    }

    static CheckReport check(PlanRule rule, Plan plan) {
        return PlanChecker.of(rule).check(plan);
    }
}
