package vn.dialogue.export.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dialogue.actor.Actor;
import vn.dialogue.deadline.CivilCodePeriod;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Act;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RejectionReason;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;

/**
 * Questions of the seed dialogue (session "doi-thoai" on 22/11/2024) in the states the documents show, with askers
 * who did and did not consent to publication, and the chair's conclusions with two tasks.
 *
 * <ul>
 *   <li>1: two submissions on health insurance (Y Hoa Niê, Trần Thị Mai: no consent) compiled, routed to Sở
 *       LĐ-TB&amp;XH with BHXH, drafted, answered live;</li>
 *   <li>2: Rơ Châm H'Hen (no consent) quotes her own name and phone; routed to Công an tỉnh, deferred to it;</li>
 *   <li>3: Nguyễn Thị Lan (consent) on training, routed to Sở NN&amp;PTNT, awaiting its answer;</li>
 *   <li>4: Trần Thị Mai again, by hotline, routed to Sở LĐ-TB&amp;XH, awaiting its answer;</li>
 *   <li>5: Đinh Thị Bia (consent) from the floor, answered live by Sở Nội vụ;</li>
 *   <li>6: Y Hoa Niê again, rejected as out of scope.</li>
 * </ul>
 */
public final class SeedQuestions {

    public static final String SESSION = "doi-thoai";
    public static final Instant T0 = Instant.parse("2024-10-20T02:00:00Z");
    public static final Instant AT_SESSION = Instant.parse("2024-11-22T02:00:00Z");

    public static final Asker Y_HOA = new Asker("Y Hoa Niê", "Hội Phụ nữ xã Đăk Mar", "dak-ha",
            "0905 123 456", false);
    public static final Asker TRAN_MAI = new Asker("Trần Thị Mai", null, "dak-to", "+84 977 111 222, mai.tran@example.vn",
            false);
    public static final Asker RO_CHAM = new Asker("Rơ Châm H'Hen", null, "sa-thay", "0912.345.678", false);
    public static final Asker NGUYEN_LAN = new Asker("Nguyễn Thị Lan", "Chi hội phụ nữ thôn 2", "kon-plong",
            "lan.nguyen@example.vn", true);
    public static final Asker DINH_BIA = new Asker("Đinh Thị Bia", null, "tp-kon-tum", "0988 000 111", true);

    /** Every asker who did not consent to publication. */
    public static final List<Asker> NON_CONSENTING = List.of(Y_HOA, TRAN_MAI, RO_CHAM);

    static final Actor CLERK = Actor.of("clerk-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn-tinh");
    static final Actor MODERATOR = Actor.of("mod-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn-tinh");
    static final Actor COMPILER = Actor.of("comp-1", "Chuyên viên tổng hợp", RolePolicy.COMPILER, "so-ldtbxh");
    static final Actor LDTBXH = Actor.of("ag-ldtbxh", "Phòng Bình đẳng giới", RolePolicy.AGENCY, "so-ldtbxh");
    static final Actor SECRETARIAT = Actor.of("sec-1", "Thư ký", RolePolicy.SECRETARIAT, "vp-ubnd");

    private SeedQuestions() {
    }

    /** The questions, as {@code registry.questions()} gives them. */
    public static List<Question> questions(Plan plan) {
        try (QuestionRegistry r = QuestionRegistry.builder(RolePolicy.defaults()).plan(plan).open()) {
            Versioned a = accepted(r, submission("bhyt-1", "Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc "
                    + "thiểu số.", Y_HOA, Channel.unionBranch("hlhpn-tinh", "province"), "chinh-sach"));
            Versioned b = accepted(r, submission("bhyt-2", "Phụ nữ nghèo cần được hỗ trợ mua thẻ bảo hiểm y tế.",
                    TRAN_MAI, Channel.unionBranch("hlhpn-tinh", "province"), "chinh-sach"));
            r.execute(new QuestionCommand.Compile(List.of(a, b), Act.of(COMPILER, T0.plusSeconds(600)),
                    "Hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số và phụ nữ nghèo", List.of("chinh-sach")));
            Versioned compiled = r.questions().stream().filter(q -> q.dossier().isCompiled())
                    .map(q -> r.get(q.id()).orElseThrow()).findFirst().orElseThrow();
            Versioned routed = route(r, compiled, "so-ldtbxh", List.of("bhxh-tinh"), LocalDate.of(2024, 11, 14));
            Versioned drafted = r.execute(new QuestionCommand.DraftAnswer(routed.id(), routed.version(),
                    Act.of(LDTBXH, T0.plusSeconds(86_400)), "Sở sẽ phối hợp rà soát đối tượng."));
            r.execute(new QuestionCommand.AnswerLive(drafted.id(), drafted.version(), Act.of(SECRETARIAT, AT_SESSION),
                    SESSION, "so-ldtbxh", "Giám đốc Sở LĐ-TB&XH", "Sở đã đề xuất nâng mức hỗ trợ từ năm 2025."));

            Versioned violence = accepted(r, submission("bao-luc-1", "Tôi là Rơ Châm H'Hen, điện thoại 0912 345 678, đề "
                    + "nghị tăng cường phòng chống bạo lực gia đình ở thôn.", RO_CHAM,
                    Channel.webPortal("cong-ttdt-tinh"), "quyen-va-an-toan"));
            Versioned violenceRouted = route(r, violence, "cong-an-tinh", List.of("so-tu-phap"),
                    LocalDate.of(2024, 11, 15));
            r.execute(new QuestionCommand.Defer(violenceRouted.id(), violenceRouted.version(),
                    Act.of(SECRETARIAT, AT_SESSION.plusSeconds(1800), "cần xác minh tại địa phương"), SESSION,
                    "cong-an-tinh", "Phó Giám đốc Công an tỉnh", LocalDate.of(2024, 12, 6), LocalDate.of(2024, 11, 27)));

            Versioned training = accepted(r, submission("dao-tao-1", "Đề nghị mở lớp dạy nghề trồng sâm cho phụ nữ.",
                    NGUYEN_LAN, Channel.email(), "nang-cao-nang-luc"));
            route(r, training, "so-nnptnt", List.of(), LocalDate.of(2024, 11, 18));

            Versioned jobs = accepted(r, submission("viec-lam-1", "=HYPERLINK(\"http://x\") Đề nghị hỗ trợ vay vốn tạo "
                    + "việc làm.", TRAN_MAI, Channel.hotline(), "chinh-sach"));
            route(r, jobs, "so-ldtbxh", List.of("nhcsxh"), LocalDate.of(2024, 11, 12));

            Versioned floor = accepted(r, submission("san-1", "Đề nghị quan tâm cán bộ nữ người dân tộc thiểu số.",
                    DINH_BIA, Channel.floor("hoi-truong-ngoc-linh"), "chinh-sach"));
            r.execute(new QuestionCommand.AnswerLive(floor.id(), floor.version(), Act.of(SECRETARIAT,
                    AT_SESSION.plusSeconds(3600)), SESSION, "so-noi-vu", null,
                    "Tỉnh ưu tiên đào tạo, bồi dưỡng cán bộ nữ dân tộc thiểu số."));

            Versioned off = r.receive(submission("dat-dai-1", "Tranh chấp đất đai với hàng xóm.", Y_HOA,
                    Channel.paper(), "chinh-sach"), Act.of(CLERK, T0)).question();
            r.execute(new QuestionCommand.Reject(off.id(), off.version(), Act.of(MODERATOR, T0.plusSeconds(60),
                    "ngoài phạm vi"), RejectionReason.OUT_OF_SCOPE));
            return List.copyOf(r.questions());
        }
    }

    /** The chair's conclusions of the session, and the tasks they gave. */
    public record Conclusions(ChairConclusions conclusions, List<ConclusionTask> tasks) {
    }

    public static Conclusions conclusions(Plan plan) {
        try (ConclusionRegister c = ConclusionRegister.builder(RolePolicy.defaults()).plan(plan).open()) {
            Instant at = AT_SESSION.plusSeconds(7200);
            ChairConclusions chair = c.record(Act.of(SECRETARIAT, at), SESSION,
                    "Buổi đối thoại diễn ra dân chủ, cởi mở; các cơ quan trả lời đầy đủ, đúng trọng tâm.\n"
                            + "Hội Liên hiệp Phụ nữ tỉnh đã chuẩn bị chu đáo.",
                    List.of("Các sở, ngành tiếp tục quan tâm giải quyết kiến nghị của phụ nữ."));
            c.assign(Act.of(SECRETARIAT, at), "kl-1", SESSION, "so-ldtbxh",
                    "Tham mưu chính sách hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số.",
                    CivilCodePeriod.workingDays(10).describe(), LocalDate.of(2024, 12, 6));
            c.assign(Act.of(SECRETARIAT, at), "kl-2", SESSION, "so-yte",
                    "Rà soát mạng lưới y tế thôn, bản.", CivilCodePeriod.days(30).describe(),
                    LocalDate.of(2024, 12, 22));
            return new Conclusions(chair, c.tasks());
        }
    }

    private static Submission submission(String id, String text, Asker asker, Channel channel, String topic) {
        return new Submission(id, SubmissionKind.RECOMMENDATION, text, List.of(topic), asker, channel, T0,
                null, List.of());
    }

    private static Versioned accepted(QuestionRegistry r, Submission s) {
        Versioned q = r.receive(s, Act.of(CLERK, T0)).question();
        return r.execute(new QuestionCommand.Accept(q.id(), q.version(), Act.of(MODERATOR, T0.plusSeconds(60)),
                List.of()));
    }

    private static Versioned route(QuestionRegistry r, Versioned q, String lead, List<String> co, LocalDate due) {
        return r.execute(new QuestionCommand.Route(q.id(), q.version(), Act.of(COMPILER, T0.plusSeconds(1200)), lead,
                co, due));
    }
}
