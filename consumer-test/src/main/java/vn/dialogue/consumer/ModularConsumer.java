package vn.dialogue.consumer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import vn.dialogue.actor.Actor;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.deadline.CivilCodePeriod;
import vn.dialogue.export.DocumentSet;
import vn.dialogue.export.Format;
import vn.dialogue.journal.Durability;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.Invitations;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.question.Act;
import vn.dialogue.question.Asker;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.question.Channel;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;
import vn.dialogue.seating.Block;
import vn.dialogue.seating.HallLayout;
import vn.dialogue.seating.Seating;
import vn.dialogue.seating.SeatingPlan;

/**
 * What a host does with the library, through its exported API only: reads and checks a plan, registers delegates
 * and invitations, seats the hall, takes questions through a registry journaled to a file, records the chair's
 * conclusions and writes the whole document set.
 */
public final class ModularConsumer {

    static final String SESSION = "doi-thoai";
    static final String HALL = "hoi-truong-ngoc-linh";
    static final Instant T0 = Instant.parse("2024-10-20T02:00:00Z");
    static final Instant AT_SESSION = Instant.parse("2024-11-22T02:00:00Z");

    private static final Actor CLERK = Actor.of("clerk-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn-tinh");
    private static final Actor MODERATOR = Actor.of("mod-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn-tinh");
    private static final Actor COMPILER = Actor.of("comp-1", "Chuyên viên tổng hợp", RolePolicy.COMPILER, "so-ldtbxh");
    private static final Actor SECRETARIAT = Actor.of("sec-1", "Thư ký", RolePolicy.SECRETARIAT, "vp-ubnd");

    /** What a run gave: the check of the plan as read, the questions, and the files written. */
    public record Result(CheckReport report, List<Question> questions, List<Path> files) {
    }

    private ModularConsumer() {
    }

    /**
     * Reads and checks {@code planFile}, runs a small dialogue on it (questions journaled to {@code journal}) and
     * writes every document into {@code out} as DOCX and PDF.
     *
     * @param planFile the plan file (YAML or JSON)
     * @param journal  the question registry's journal file, created if missing
     * @param out      the folder the documents go to, created if missing
     * @return the check report of the plan as read, the questions and the files written
     * @throws IOException if a document cannot be written
     */
    public static Result run(Path planFile, Path journal, Path out) throws IOException {
        Plan read = PlanFiles.read(planFile);
        CheckReport report = PlanChecker.standard().check(read);
        Plan plan = scheduled(read);

        DelegateList delegates = SampleDelegates.forPlan(plan, 2024);
        List<Invitation> invitations = new ArrayList<>(Invitations.draftFor(delegates, "gm-", null, SECRETARIAT,
                T0));
        invitations.replaceAll(i -> i.send(SECRETARIAT, T0.plusSeconds(3600), null));
        HallLayout hall = new HallLayout(HALL, 2, List.of(Block.of("A", 8, 8), Block.of("B", 8, 15),
                Block.of("C", 8, 8)));
        SeatingPlan seating = Seating.forPlan(plan, hall, delegates, List.of());

        List<Question> questions = questions(plan, journal);
        ChairConclusions conclusions;
        List<ConclusionTask> tasks;
        try (ConclusionRegister register = ConclusionRegister.builder(RolePolicy.defaults()).plan(plan).open()) {
            Instant at = AT_SESSION.plusSeconds(7200);
            conclusions = register.record(Act.of(SECRETARIAT, at), SESSION,
                    "Buổi đối thoại diễn ra dân chủ, cởi mở.", List.of("Các sở, ngành tiếp tục giải quyết kiến nghị."));
            register.assign(Act.of(SECRETARIAT, at), "kl-1", SESSION, "so-ldtbxh",
                    "Tham mưu chính sách hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số.",
                    CivilCodePeriod.workingDays(10).describe(), LocalDate.of(2024, 12, 6));
            tasks = register.tasks();
        }

        List<Path> files = DocumentSet.builder(plan).delegates(delegates).invitations(invitations).seating(seating)
                .questions(questions).conclusions(conclusions, tasks)
                .timestamp(Instant.parse("2024-11-25T01:00:00Z"))
                .formats(EnumSet.of(Format.DOCX, Format.PDF))
                .build()
                .writeTo(out);
        return new Result(report, questions, files);
    }

    /**
     * {@code plan} with its session on a day and at hours: the host fixes what the draft leaves to November.
     *
     * @param plan the plan as read
     * @return the plan with its one session on 22/11/2024, 07:30-11:30
     */
    public static Plan scheduled(Plan plan) {
        return plan.withSessions(List.of(new Session(SESSION, LocalDate.of(2024, 11, 22), null, PartOfDay.MORNING,
                LocalTime.of(7, 30), LocalTime.of(11, 30))));
    }

    /**
     * Three questions through a registry journaled to {@code journal}: answered live, deferred then answered in
     * writing, awaiting.
     */
    private static List<Question> questions(Plan plan, Path journal) {
        try (QuestionRegistry desk = openDesk(plan, journal)) {
            Versioned insurance = route(desk, accepted(desk, "bhyt-1", "Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho "
                    + "phụ nữ dân tộc thiểu số.", new Asker("Y Hoa Niê", null, "dak-ha", "0905 123 456", false)),
                    "so-ldtbxh", LocalDate.of(2024, 11, 14));
            desk.execute(new QuestionCommand.AnswerLive(insurance.id(), insurance.version(),
                    Act.of(SECRETARIAT, AT_SESSION), SESSION, "so-ldtbxh", "Giám đốc Sở LĐ-TB&XH",
                    "Sở đã đề xuất nâng mức hỗ trợ từ năm 2025."));
            Versioned violence = route(desk, accepted(desk, "bao-luc-1", "Đề nghị tăng cường phòng chống bạo lực "
                    + "gia đình ở thôn.", new Asker("Rơ Châm H'Hen", null, "sa-thay", "0912 345 678", false)),
                    "cong-an-tinh", LocalDate.of(2024, 11, 15));
            Versioned deferred = desk.execute(new QuestionCommand.Defer(violence.id(), violence.version(),
                    Act.of(SECRETARIAT, AT_SESSION.plusSeconds(1800), "cần xác minh tại địa phương"), SESSION,
                    "cong-an-tinh", "Phó Giám đốc Công an tỉnh", LocalDate.of(2024, 12, 6),
                    LocalDate.of(2024, 11, 27)));
            // the deferred one is answered in writing by its agency: its asker gets the agency's letter
            desk.execute(new QuestionCommand.ResolveInWriting(deferred.id(), deferred.version(),
                    Act.of(Actor.of("cb-cong-an-tinh", "Lãnh đạo Công an tỉnh", RolePolicy.AGENCY, "cong-an-tinh"),
                            AT_SESSION.plusSeconds(86_400 * 10)), "Đại tá Nguyễn Văn Minh",
                    "Công văn số 101/CAT-PV05", "Công an tỉnh đã chỉ đạo công an xã tăng cường tuần tra tại thôn."));
            route(desk, accepted(desk, "dao-tao-1", "Đề nghị mở lớp dạy nghề trồng sâm cho phụ nữ.",
                    new Asker("Nguyễn Thị Lan", "Chi hội phụ nữ thôn 2", "kon-plong", "lan@example.vn", true)),
                    "so-nnptnt", LocalDate.of(2024, 11, 18));
            return desk.questions();
        }
    }

    /**
     * The question registry of {@code plan}, journaled to {@code journal}: what was recorded there is replayed.
     *
     * @param plan    the plan whose roles and organisations the registry checks against
     * @param journal the journal file, created if missing
     * @return the open registry; the caller closes it
     */
    public static QuestionRegistry openDesk(Plan plan, Path journal) {
        return QuestionRegistry.builder(RolePolicy.defaults()).plan(plan).journal(journal, Durability.BUFFERED).open();
    }

    private static Versioned accepted(QuestionRegistry desk, String id, String text, Asker asker) {
        Submission s = new Submission(id, SubmissionKind.RECOMMENDATION, text, List.of("chinh-sach"), asker,
                Channel.webPortal("cong-ttdt-tinh"), T0, null, List.of());
        Versioned q = desk.receive(s, Act.of(CLERK, T0)).question();
        return desk.execute(new QuestionCommand.Accept(q.id(), q.version(), Act.of(MODERATOR, T0.plusSeconds(60)),
                List.of()));
    }

    private static Versioned route(QuestionRegistry desk, Versioned q, String lead, LocalDate due) {
        return desk.execute(new QuestionCommand.Route(q.id(), q.version(), Act.of(COMPILER, T0.plusSeconds(1200)),
                lead, List.of(), due));
    }

    /**
     * Runs the consumer: {@code PLAN_FILE OUT_DIR}; prints the check report in Vietnamese and the files written.
     *
     * @param args the plan file and the output folder
     * @throws IOException if a document cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("cách dùng: PLAN_FILE OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Result r = run(Path.of(args[0]), out.resolve("nhat-ky-cau-hoi.jsonl"), out);
        System.out.println(r.report().format(Locale.forLanguageTag("vi")));
        r.files().forEach(System.out::println);
    }
}
