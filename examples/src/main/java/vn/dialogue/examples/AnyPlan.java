package vn.dialogue.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import vn.dialogue.actor.Actor;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.export.DocumentSet;
import vn.dialogue.export.Format;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.InvitationCommand;
import vn.dialogue.participant.InvitationRegistry;
import vn.dialogue.participant.Invitations;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Topic;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.question.Act;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;
import vn.dialogue.seating.HallLayout;
import vn.dialogue.seating.Seating;
import vn.dialogue.seating.SeatingPlan;
import vn.dialogue.timeline.Timeline;
import vn.dialogue.timeline.TimelineRules;

/**
 * Any plan file end to end, whatever its province, audience or level: checks and timeline, generated delegates and
 * their invitations, a few submissions per topic taken through the question lifecycle (received, accepted, routed,
 * answered live or deferred), the chair's conclusions, and every document. Unlike {@link KonTum2024} it knows nothing
 * of one plan: every name it prints comes from the plan file. Generated data is seeded: every run writes the same.
 */
public final class AnyPlan {

    /** What a run produced. */
    public record Result(Plan plan, CheckReport report, String timeline, DelegateList delegates,
                         List<Invitation> invitations, List<Question> questions, List<Path> written) {
    }

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final long SEED = 2026L;
    private static final List<String> NAMES = List.of("Nguyễn Văn An (mẫu)", "Trần Thị Bình (mẫu)",
            "Lê Minh Châu (mẫu)", "Phạm Quốc Dũng (mẫu)", "Hoàng Thị Én (mẫu)", "Võ Thành Giang (mẫu)");

    private final Path planFile;
    private final Path out;
    private final PrintWriter log;

    /**
     * A run of one plan file.
     *
     * @param planFile the plan file
     * @param out the folder to write into
     * @param log where each step prints what it did
     */
    public AnyPlan(Path planFile, Path out, PrintWriter log) {
        this.planFile = Objects.requireNonNull(planFile, "planFile");
        this.out = Objects.requireNonNull(out, "out");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs the plan.
     *
     * @return what the run produced
     * @throws IOException if a file cannot be written
     */
    public Result run() throws IOException {
        Files.createDirectories(out);
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        Plan plan = PlanFiles.read(planFile);
        log.println("1. " + plan.identity().type().name() + " " + plan.identity().numberAndSymbol() + " - "
                + plan.identity().subject());
        CheckReport report = PlanChecker.standard().with(TimelineRules.all(calendar)).check(plan);
        log.println(report.format(VI));
        String timeline = Timeline.of(plan, calendar).format(VI);
        log.println(timeline);

        Session first = plan.firstSession().orElseThrow();
        LocalDate day = Objects.requireNonNull(first.date(), "the example needs the first session's day");
        DelegateList delegates = SampleDelegates.forPlan(plan, SEED);
        log.println("2. " + delegates.size() + " đại biểu tại " + delegates.delegates().stream()
                .map(d -> d.venue()).distinct().count() + " địa điểm");
        String organiser = plan.identity().issuer();
        Actor clerk = Actor.of("van-thu", "Văn thư", "organiser", organiser);
        List<Invitation> invitations = invite(delegates, clerk, day);
        log.println("3. " + invitations.size() + " giấy mời");

        Actor secretariat = Actor.of("thu-ky", "Thư ký hội nghị", RolePolicy.SECRETARIAT, organiser);
        Actor intake = Actor.of("tiep-nhan", "Cán bộ tiếp nhận", RolePolicy.INTAKE, organiser);
        Actor moderator = Actor.of("kiem-duyet", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, organiser);
        Actor compiler = Actor.of("tong-hop", "Cán bộ tổng hợp", RolePolicy.COMPILER, organiser);
        List<Question> questions;
        ChairConclusions conclusions;
        List<ConclusionTask> tasks;
        try (QuestionRegistry desk = QuestionRegistry.builder(RolePolicy.forPlan(plan)).plan(plan).open();
             ConclusionRegister register = ConclusionRegister.builder(RolePolicy.forPlan(plan)).plan(plan).open()) {
            questions(plan, desk, day, first.id(), intake, moderator, compiler, secretariat);
            Instant at = day.atTime(11, 0).atZone(KonTum2024.VIETNAM).toInstant();
            register.record(Act.of(secretariat, at), first.id(),
                    "Buổi đối thoại diễn ra dân chủ, thẳng thắn; các ý kiến thiết thực, sát với đời sống.",
                    List.of("Các cơ quan trả lời bằng văn bản các ý kiến chưa trả lời tại buổi đối thoại."));
            String agency = plan.topics().get(0).agencies().isEmpty() ? organiser : plan.topics().get(0).agencies().get(0);
            DeadlineContext context = DeadlineContext.of(calendar).with(MilestoneRef.session(), day);
            register.assign(Act.of(secretariat, at), "kl-1", first.id(), agency,
                    "Rà soát, đề xuất giải pháp cho các kiến nghị về " + lower(plan.topics().get(0).title()),
                    OffsetDeadline.workingDaysAfter(15, MilestoneRef.session()), context);
            questions = desk.questions();
            conclusions = register.conclusions(first.id()).orElseThrow();
            tasks = register.tasks();
        }
        log.println("4. " + questions.size() + " ý kiến; kết luận " + tasks.size() + " nhiệm vụ");

        String hall = plan.format().mainVenue();
        SeatingPlan seating = Seating.forPlan(plan, HallLayout.uniform(hall, 8, 3, 12, 6),
                DelegateList.of(delegates.at(hall)), List.of());
        List<Path> written = new ArrayList<>();
        written.add(write(out.resolve("ke-hoach.yaml"), PlanFiles.write(plan, vn.dialogue.planfile.Format.YAML)));
        written.add(write(out.resolve("ket-qua-kiem-tra.txt"), report.format(VI) + "\n"));
        written.addAll(DocumentSet.builder(plan).delegates(delegates).invitations(invitations).seating(seating)
                .questions(questions).conclusions(conclusions, tasks)
                .timestamp(day.plusDays(2).atTime(8, 0).atZone(KonTum2024.VIETNAM).toInstant())
                .formats(EnumSet.of(Format.DOCX, Format.PDF, Format.HTML)).build().writeTo(out));
        log.println("5. " + written.size() + " tệp trong " + out);
        log.flush();
        return new Result(plan, report, timeline, delegates, invitations, questions, List.copyOf(written));
    }

    private List<Invitation> invite(DelegateList delegates, Actor clerk, LocalDate day) {
        Instant drafted = day.minusDays(10).atTime(8, 0).atZone(KonTum2024.VIETNAM).toInstant();
        Random random = new Random(SEED);
        List<Invitation> result = new ArrayList<>();
        try (InvitationRegistry desk = InvitationRegistry.builder(RolePolicy.defaults()).open()) {
            for (Invitation planned : Invitations.draftFor(delegates, "GM-", FixedDeadline.byEndOf(day.minusDays(2)),
                    clerk, drafted)) {
                Invitation i = desk.draft(planned.details(), clerk, drafted);
                i = desk.execute(new InvitationCommand.Send(i.id(), i.version(), "Giấy mời", clerk,
                        drafted.plusSeconds(3600)));
                if (random.nextInt(10) < 8) {
                    i = desk.execute(new InvitationCommand.Confirm(i.id(), i.version(), null, clerk,
                            drafted.plusSeconds(86400)));
                }
                result.add(i);
            }
        }
        return List.copyOf(result);
    }

    /** Three submissions per topic from the plan's own units; the first of each answered live, the rest deferred. */
    private void questions(Plan plan, QuestionRegistry desk, LocalDate day, String session, Actor clerk,
                           Actor moderator, Actor compiler, Actor secretariat) {
        Random random = new Random(SEED);
        List<String> units = plan.registry().units().stream().filter(u -> u.parent() != null).map(u -> u.id()).toList();
        Instant received = day.minusDays(20).atTime(9, 0).atZone(KonTum2024.VIETNAM).toInstant();
        int n = 0;
        for (Topic topic : plan.topics()) {
            for (int k = 0; k < 3; k++) {
                n++;
                String unit = units.isEmpty() ? null : units.get(random.nextInt(units.size()));
                String keyword = topic.keywords().isEmpty() ? topic.title() : topic.keywords().get(k % topic.keywords().size());
                String place = unit == null ? "" : " tại " + plan.registry().unitName(unit);
                String text = "Đề nghị quan tâm giải quyết vấn đề " + keyword + place + " (ý kiến mẫu số " + n + ").";
                Asker asker = new Asker(NAMES.get(n % NAMES.size()), null, unit, null, k != 1);
                Submission s = new Submission("mau-" + n, SubmissionKind.RECOMMENDATION, text, List.of(), asker,
                        Channel.webPortal("cong-thong-tin"), received.plusSeconds(3600L * n), null, List.of());
                Versioned v = desk.receive(s, Act.of(clerk, s.receivedAt())).question();
                Instant at = received.plusSeconds(86400L * 5 + n);
                v = desk.execute(new QuestionCommand.Accept(v.id(), v.version(), Act.of(moderator, at, "đúng chủ đề"),
                        List.of(topic.id())));
                String agency = topic.agencies().isEmpty() ? plan.identity().issuer() : topic.agencies().get(0);
                v = desk.execute(new QuestionCommand.Route(v.id(), v.version(), Act.of(compiler, at.plusSeconds(60),
                        "theo lĩnh vực"), agency, List.of(), day.minusDays(3)));
                Instant live = day.atTime(LocalTime.of(8, 30)).plusMinutes(5L * n).atZone(KonTum2024.VIETNAM).toInstant();
                if (k == 0) {
                    desk.execute(new QuestionCommand.AnswerLive(v.id(), v.version(), Act.of(secretariat, live), session,
                            agency, null, "Đã trả lời trực tiếp tại buổi đối thoại."));
                } else {
                    desk.execute(new QuestionCommand.Defer(v.id(), v.version(), Act.of(secretariat, live,
                            "cần thêm thời gian nghiên cứu"), session, agency, null, day.plusDays(20), day.plusDays(5)));
                }
            }
        }
    }

    private static String lower(String text) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Runs a plan file into a folder.
     *
     * @param args the plan file, then the output folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path plan = Path.of(args.length > 0 ? args[0] : "examples/plans/quang-ngai-2026-thanh-nien.yaml");
        Path folder = Path.of(args.length > 1 ? args[1] : "out-plan");
        new AnyPlan(plan, folder, new PrintWriter(System.out, true, StandardCharsets.UTF_8)).run();
    }
}
