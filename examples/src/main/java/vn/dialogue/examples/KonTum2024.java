package vn.dialogue.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;

import vn.dialogue.actor.Actor;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.check.CheckReport;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.deadline.Deadline;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.MilestoneRef;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.StatutoryDeadline;
import vn.dialogue.journal.Durability;
import vn.dialogue.participant.AttendanceTally;
import vn.dialogue.participant.Delegate;
import vn.dialogue.participant.DelegateChecks;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.participant.InvitationCommand;
import vn.dialogue.participant.InvitationRegistry;
import vn.dialogue.participant.InvitationStatus;
import vn.dialogue.participant.Invitations;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.AgendaItem;
import vn.dialogue.plan.CarryOver;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.YearlyFiles;
import vn.dialogue.question.Act;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.question.similar.CompilationProposal;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.DeferredQuestion;
import vn.dialogue.question.DueDates;
import vn.dialogue.question.Original;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionId;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.QuestionReport;
import vn.dialogue.question.QuestionStatus;
import vn.dialogue.question.RejectionReason;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.RoutingAdvisor;
import vn.dialogue.question.RoutingSuggestion;
import vn.dialogue.question.SessionRecord;
import vn.dialogue.question.similar.SimilarQuestions;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.yearly.Unsettled;
import vn.dialogue.question.Versioned;
import vn.dialogue.seating.HallLayout;
import vn.dialogue.seating.NameCards;
import vn.dialogue.seating.Seating;
import vn.dialogue.seating.SeatingPlan;
import vn.dialogue.timeline.Timeline;
import vn.dialogue.timeline.TimelineRules;
import vn.dialogue.yearly.CarryOvers;

/**
 * The end-to-end example: the 2024 dialogue between the Chairman of the Kon Tum People's Committee and women, from
 * its plan file to every document in the output folder.
 *
 * <p>It checks the plan and prints its timeline; registers a generated delegate list matching the plan's groups and
 * counts; sends invitations and records the replies; takes in a few hundred generated submissions from union
 * branches of several communes and the web portal, moderates, compiles similar ones, routes them; holds the session
 * (some answered live, some deferred, some from the floor); records the written follow-ups and the chair's
 * conclusions; hands what is unsettled to next year; and writes the documents. Generated data is seeded, so every
 * run prints and writes the same. Each step prints what it did.
 */
public final class KonTum2024 {

    /** What a run produced, for tests and for the next-year example. */
    public record Result(Plan plan, CheckReport report, DelegateList delegates, List<Invitation> invitations,
                         QuestionReport questions, List<CarryOver> carryOvers, Path carryOverFile, List<Path> written) {
    }

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The day the department fixes for the session, after the plan's deadlines: Friday 22 November 2024. */
    static final LocalDate SESSION_DAY = LocalDate.of(2024, 11, 22);
    private static final long SEED = 2024L;

    private static final Actor CLERK = Actor.of("tiep-nhan-1", "Cán bộ tiếp nhận Hội LHPN tỉnh", RolePolicy.INTAKE,
            "hlhpn-tinh");
    private static final Actor MODERATOR = Actor.of("kiem-duyet-1", "Cán bộ kiểm duyệt Hội LHPN tỉnh",
            RolePolicy.MODERATOR, "hlhpn-tinh");
    private static final Actor COMPILER = Actor.of("tong-hop-1", "Chuyên viên Phòng Bình đẳng giới",
            RolePolicy.COMPILER, "so-ldtbxh");
    private static final Actor SECRETARIAT = Actor.of("thu-ky-1", "Thư ký hội nghị", RolePolicy.SECRETARIAT, "vp-ubnd");
    private static final Actor UNION = Actor.of("hlhpn-1", "Ban Tổ chức Hội LHPN tỉnh", "organiser", "hlhpn-tinh");

    private final Path planFile;
    private final Path out;
    private final PrintWriter log;
    private final DialogueStores stores;

    public KonTum2024(Path planFile, Path out, PrintWriter log) {
        this(planFile, out, log, DialogueStores.files(out));
    }

    /** The example keeping its logs in {@code stores} (journal files, or a PostgreSQL database). */
    public KonTum2024(Path planFile, Path out, PrintWriter log, DialogueStores stores) {
        this.planFile = Objects.requireNonNull(planFile, "planFile");
        this.out = Objects.requireNonNull(out, "out");
        this.log = Objects.requireNonNull(log, "log");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    public Result run() throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        WorkingCalendar calendar = WorkingCalendar.vietnam();

        step("1. Kế hoạch / the plan: " + planFile);
        Plan seed = PlanFiles.read(planFile);
        line(seed.identity().type().name() + " " + seed.identity().numberAndSymbol().replaceAll("\\s+", " ").strip()
                + " - " + seed.identity().subject());
        line("Chủ đề: " + seed.theme());
        Plan plan = scheduled(seed);
        line("Ngày đối thoại do Sở LĐ-TB&XH ấn định: " + ConsoleText.day(SESSION_DAY) + " (07:30-11:30), "
                + plan.agenda().size()
                + " mục chương trình");

        step("2. Kiểm tra và mốc thời gian / checks and timeline");
        PlanChecker checker = PlanChecker.standard().with(TimelineRules.all(calendar));
        CheckReport report = checker.check(plan);
        ConsoleText.findings(report).forEach(this::line);
        ConsoleText.timeline(plan, Timeline.of(plan, calendar)).forEach(this::line);

        step("3. Đại biểu / delegates");
        DelegateList delegates = SampleDelegates.forPlan(plan, SEED);
        Map<String, Long> byVenue = delegates.delegates().stream()
                .collect(Collectors.groupingBy(Delegate::venue, LinkedHashMap::new, Collectors.counting()));
        line(delegates.size() + " đại biểu: " + byVenue.entrySet().stream().limit(3)
                .map(e -> plan.venue(e.getKey()).map(v -> v.name()).orElse("(nơi khác)") + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ", ...");
        CheckReport quotas = PlanChecker.of(DelegateChecks.rules(delegates)).check(plan);
        line("Kiểm tra thành phần: " + quotas.errors().size() + " lỗi, " + quotas.warnings().size() + " cảnh báo");

        step("4. Giấy mời và phản hồi / invitations and replies");
        List<Delegate> deputies = new ArrayList<>();
        List<Invitation> invitations = invite(delegates, deputies);
        // a deputy sent in someone's place is a person of the list: a row, a seat and a name card
        for (Delegate deputy : deputies) {
            delegates = delegates.with(deputy);
        }
        stores.file(DialogueStores.INVITATIONS).ifPresent(written::add);
        AttendanceTally tally = AttendanceTally.of(plan, invitations);
        Map<InvitationStatus, Long> statuses = invitations.stream()
                .collect(Collectors.groupingBy(Invitation::status, () -> new java.util.EnumMap<>(InvitationStatus.class),
                        Collectors.counting()));
        line(invitations.size() + " giấy mời: " + statuses.entrySet().stream()
                .map(e -> e.getKey().vietnamese() + " " + e.getValue()).collect(Collectors.joining(", ")));
        line(tally.venues().size() + " điểm cầu có đại biểu được mời");

        step("5. Sơ đồ chỗ ngồi và bảng tên / seating and name cards");
        String hall = plan.format().mainVenue();
        HallLayout layout = HallLayout.uniform(hall, 11, 3, 12, 8);
        // seat those who confirmed (or sent someone in their place), as the replies stand the day before
        DelegateList coming = DelegateList.of(tally.expectedDelegates(hall, delegates));
        SeatingPlan seating = Seating.forPlan(plan, layout, coming, List.of());
        line(layout.capacity() + " chỗ (" + layout.presidium().size() + " ghế đoàn chủ tịch), "
                + seating.assignments().size() + " đại biểu đã xếp chỗ, " + seating.unseated().size() + " chưa có chỗ");
        line(NameCards.from(seating, plan.registry()).size() + " bảng tên");

        step("6. Ý kiến, kiến nghị / submissions");
        QuestionReport questionReport;
        List<CarryOver> carryOvers;
        List<Question> questions;
        ChairConclusions conclusions;
        List<ConclusionTask> tasks;
        List<vn.dialogue.question.QuestionEvent> questionEvents;
        try (QuestionRegistry desk = QuestionRegistry.builder(RolePolicy.forPlan(plan)).plan(plan)
                .store(stores.open(DialogueStores.QUESTIONS, true)).open();
             ConclusionRegister register = ConclusionRegister.builder(RolePolicy.forPlan(plan)).plan(plan)
                     .store(stores.open(DialogueStores.CONCLUSIONS, true)).open()) {
            written.add(runQuestions(plan, calendar, desk));
            conclude(plan, calendar, desk, register);
            questions = desk.questions();
            questionEvents = QuestionRegistry.events(desk.store());
            conclusions = register.conclusions(plan.sessions().get(0).id()).orElseThrow();
            tasks = register.tasks();
            Instant yearEnd = LocalDate.of(2024, 12, 31).atTime(17, 0).atZone(VIETNAM).toInstant();
            questionReport = QuestionReport.of(desk.questions(), yearEnd);
            ResultsFigures.lines(questionReport, register.tasks(), plan, VI).forEach(this::line);
            carryOvers = Unsettled.at(yearEnd, desk.questions(), register.tasks()).carryOvers(plan.id());
            desk.sync();
            register.sync();
        }
        stores.file(DialogueStores.QUESTIONS).ifPresent(written::add);
        stores.file(DialogueStores.CONCLUSIONS).ifPresent(written::add);
        line("Chuyển sang năm sau / carried over: " + carryOvers.size());
        Path carryOverFile = out.resolve("chuyen-tiep.yaml");
        YearlyFiles.write(new CarryOvers(carryOvers), carryOverFile);
        written.add(carryOverFile);

        step("7. Tài liệu / documents in " + out);
        written.add(write(out.resolve("ke-hoach.yaml"), PlanFiles.write(plan, vn.dialogue.planfile.Format.YAML)));
        written.add(write(out.resolve("ket-qua-kiem-tra.txt"), report.format(VI) + "\n"));
        written.addAll(ExampleDocuments.write(plan, delegates, invitations, seating, questions, questionEvents,
                conclusions, tasks, out));
        written.forEach(p -> line(out.toAbsolutePath().relativize(p.toAbsolutePath()).toString()));
        log.flush();
        return new Result(plan, report, delegates, invitations, questionReport, carryOvers, carryOverFile,
                List.copyOf(written));
    }

    /** The plan as the department completes it: the session's day and times, and its programme. */
    static Plan scheduled(Plan seed) {
        Session first = seed.sessions().get(0);
        Session fixed = new Session(first.id(), SESSION_DAY, null, PartOfDay.MORNING, LocalTime.of(7, 30),
                LocalTime.of(11, 30));
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(new AgendaItem("don-tiep", "Đón tiếp đại biểu", LocalTime.of(7, 30), 15, "Ban Tổ chức",
                List.of(), null));
        agenda.add(new AgendaItem("khai-mac", "Tuyên bố lý do, giới thiệu đại biểu", null, 10,
                "Người dẫn chương trình", List.of(), null));
        agenda.add(new AgendaItem("phat-bieu", "Phát biểu khai mạc", null, 10, "Chủ tịch Ủy ban nhân dân tỉnh",
                List.of(), null));
        for (var topic : seed.topics()) {
            agenda.add(new AgendaItem("doi-thoai-" + topic.id(), "Đối thoại: " + topic.title(), null, 55, null,
                    topic.agencies(), null, topic.id(), null));
        }
        agenda.add(new AgendaItem("ket-luan", "Chủ tịch Ủy ban nhân dân tỉnh phát biểu kết luận", null, 15,
                "Chủ tịch Ủy ban nhân dân tỉnh", List.of(), null));
        return seed.toBuilder().sessions(List.of(fixed)).agenda(agenda).build();
    }

    /**
     * Drafts, sends and follows the invitations through a journaled {@link InvitationRegistry}: every move is an
     * event in the invitations' log, and each command names the version it was decided on.
     */
    private List<Invitation> invite(DelegateList delegates, List<Delegate> deputies) {
        Random random = new Random(SEED);
        Instant drafted = LocalDate.of(2024, 11, 11).atTime(8, 0).atZone(VIETNAM).toInstant();
        Instant sent = drafted.plusSeconds(3600 * 26);
        Instant lapseCheck = LocalDate.of(2024, 11, 20).atTime(8, 0).atZone(VIETNAM).toInstant();
        FixedDeadline replyBy = FixedDeadline.byEndOf(LocalDate.of(2024, 11, 19));
        DeadlineContext calendar = DeadlineContext.of(WorkingCalendar.vietnam());
        List<Invitation> result = new ArrayList<>();
        try (InvitationRegistry desk = InvitationRegistry.builder(RolePolicy.defaults())
                .store(stores.open(DialogueStores.INVITATIONS, true)).open()) {
            for (Invitation planned : Invitations.draftFor(delegates, "GM-2024-", replyBy, UNION, drafted)) {
                Invitation i = desk.draft(planned.details(), UNION, drafted);
                i = desk.execute(new InvitationCommand.Send(i.id(), i.version(), "Giấy mời số      /GM-UBND", UNION,
                        sent));
                Instant replied = sent.plusSeconds(3600L * (2 + random.nextInt(90)));
                int roll = random.nextInt(100);
                if (roll < 85) {
                    i = desk.execute(new InvitationCommand.Confirm(i.id(), i.version(), null, UNION, replied));
                } else if (roll < 92) {
                    Delegate deputy = deputy(delegates.find(i.details().invitee().orElseThrow()).orElseThrow(),
                            random);
                    deputies.add(deputy);
                    i = desk.execute(new InvitationCommand.Substitute(i.id(), i.version(), deputy.id(),
                            "bận công tác", UNION, replied, deputy.fullName()));
                } else if (roll < 97) {
                    i = desk.execute(new InvitationCommand.Decline(i.id(), i.version(), "bận công tác", UNION,
                            replied));
                }
                if (i.status() == InvitationStatus.CONFIRMED || i.status() == InvitationStatus.SUBSTITUTED) {
                    Instant arrival = SESSION_DAY.atTime(7, 10 + random.nextInt(20)).atZone(VIETNAM).toInstant();
                    i = random.nextInt(40) == 0
                            ? desk.execute(new InvitationCommand.MarkAbsent(i.id(), i.version(), UNION,
                                    arrival.plusSeconds(3 * 3600)))
                            : desk.execute(new InvitationCommand.CheckIn(i.id(), i.version(), i.details().venue(),
                                    null, UNION, arrival));
                } else if (i.status() == InvitationStatus.SENT) {
                    Deadline due = replyBy.resolve(calendar).orElseThrow();
                    if (!lapseCheck.isBefore(due.dueAt())) {
                        i = desk.execute(new InvitationCommand.Lapse(i.id(), i.version(), due, UNION, lapseCheck));
                    }
                }
                result.add(i);
            }
        }
        return List.copyOf(result);
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"};
    private static final String[] GIVEN = {"Hạnh", "Lan", "Thu", "Hương", "Mai", "Ngọc", "Dung", "Hà", "Yến"};

    /** The deputy an organisation sends in {@code replaced}'s place: of the same body, group, venue and role. */
    private static Delegate deputy(Delegate replaced, Random random) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " Thị " + GIVEN[random.nextInt(GIVEN.length)];
        String title = replaced.title() == null ? null
                : replaced.title().startsWith("Phó ") ? "Ủy viên" : "Phó " + replaced.title();
        return Delegate.builder("thay-" + replaced.id(), vn.dialogue.participant.PersonName.parse(name),
                        vn.dialogue.participant.Gender.FEMALE, replaced.group(), replaced.venue(), replaced.role())
                .title(title)
                .organisation(replaced.organisation(), replaced.organisationId())
                .unit(replaced.unit())
                .ethnicity("Kinh")
                .build();
    }

    /** Takes the submissions through their lifecycle; returns the routing letters written when they were routed. */
    private Path runQuestions(Plan plan, WorkingCalendar calendar, QuestionRegistry desk) throws IOException {
        Instant from = LocalDate.of(2024, 10, 1).atTime(8, 0).atZone(VIETNAM).toInstant();
        List<SampleSubmissions.Sample> samples = SampleSubmissions.generate(plan, 320, from, 25, SEED);
        Map<QuestionId, SampleSubmissions.Sample> byId = new LinkedHashMap<>();
        int duplicates = 0;
        for (SampleSubmissions.Sample s : samples) {
            var intake = desk.receive(s.submission(), Act.of(CLERK, s.submission().receivedAt()));
            byId.put(intake.id(), s);
            // the portal sends some messages twice: intake keeps one
            if (s.submission().messageId().endsWith("7")) {
                duplicates += desk.receive(s.submission(), Act.of(CLERK, s.submission().receivedAt())).duplicate()
                        ? 1 : 0;
            }
        }
        line(samples.size() + " ý kiến nhận qua " + samples.stream().map(s -> s.submission().channel().kind())
                .distinct().count() + " kênh; " + duplicates + " tin gửi lặp được nhận một lần");

        Instant moderated = LocalDate.of(2024, 10, 27).atTime(9, 0).atZone(VIETNAM).toInstant();
        int accepted = 0;
        int rejected = 0;
        for (var e : byId.entrySet()) {
            Versioned q = desk.get(e.getKey()).orElseThrow();
            SampleSubmissions.Sample s = e.getValue();
            if (s.verdict() == SampleSubmissions.Verdict.ACCEPT) {
                desk.execute(new QuestionCommand.Accept(q.id(), q.version(), Act.of(MODERATOR, moderated,
                        "phù hợp chủ đề"), List.of(s.topic())));
                accepted++;
            } else {
                RejectionReason reason = switch (s.verdict()) {
                    case OFF_TOPIC -> RejectionReason.OFF_TOPIC;
                    case ABUSIVE -> RejectionReason.ABUSIVE;
                    default -> RejectionReason.INCOMPLETE;
                };
                desk.execute(new QuestionCommand.Reject(q.id(), q.version(), Act.of(MODERATOR, moderated,
                        "không phù hợp chủ đề, nội dung đối thoại"), reason));
                rejected++;
            }
        }
        line("Kiểm duyệt: " + accepted + " chấp nhận, " + rejected + " không chấp nhận");

        Instant compiledAt = LocalDate.of(2024, 11, 4).atTime(9, 0).atZone(VIETNAM).toInstant();
        List<CompilationProposal> proposals = SimilarQuestions.propose(desk.questions());
        int merged = 0;
        for (CompilationProposal p : proposals) {
            List<Versioned> members = p.members().stream().map(id -> desk.get(id).orElseThrow()).toList();
            // a well-formed, accented wording of the group, not one typed without diacritics
            String wording = SimilarQuestions.wording(members.stream().map(Versioned::question).toList());
            desk.execute(new QuestionCommand.Compile(members, Act.of(COMPILER, compiledAt, "cùng nội dung"),
                    wording, List.of()));
            merged += members.size();
        }
        line("Tổng hợp: " + merged + " ý kiến giống nhau gộp thành " + proposals.size() + " câu hỏi");

        RoutingAdvisor advisor = RoutingAdvisor.of(plan);
        // answers are prepared by the plan's own deadline for compiling and forwarding (VI.2.b): "trước ngày 15/11"
        LocalDate answerDue = Timeline.of(plan, calendar).milestone(MilestoneRef.task("tong-hop-chuyen-co-quan"))
                .flatMap(m -> m.day()).orElseThrow();
        Instant routedAt = compiledAt.plusSeconds(3 * 86400);
        List<Versioned> routed = new ArrayList<>();
        for (Question q : desk.questions()) {
            if (q.status() != QuestionStatus.ACCEPTED) {
                continue;
            }
            Versioned v = desk.get(q.id()).orElseThrow();
            List<RoutingSuggestion> suggestions = advisor.suggest(q);
            String lead = suggestions.isEmpty() ? "so-ldtbxh" : suggestions.get(0).lead();
            List<String> co = suggestions.isEmpty() ? List.of() : suggestions.get(0).coAgencies();
            routed.add(desk.execute(new QuestionCommand.Route(v.id(), v.version(), Act.of(COMPILER, routedAt,
                    "theo lĩnh vực"), lead, co.stream().filter(a -> !a.equals(lead)).limit(2).toList(), answerDue)));
        }
        line("Chuyển " + routed.size() + " câu hỏi đến " + routed.stream()
                .map(v -> v.question().agency().orElse("")).distinct().count() + " cơ quan, hạn chuẩn bị trả lời "
                + ConsoleText.day(answerDue));
        Path letters = ExampleDocuments.routingLetters(plan, routed.stream().map(Versioned::question).toList(),
                routedAt, out);

        Instant draftedAt = LocalDate.of(2024, 11, 13).atTime(15, 0).atZone(VIETNAM).toInstant();
        List<Versioned> drafted = new ArrayList<>();
        for (Versioned v : routed) {
            String lead = v.question().agency().orElseThrow();
            Actor officer = Actor.of("cb-" + lead, "Chuyên viên " + plan.registry().organisationName(lead),
                    RolePolicy.AGENCY, lead);
            drafted.add(desk.execute(new QuestionCommand.DraftAnswer(v.id(), v.version(), Act.of(officer, draftedAt),
                    "Dự thảo trả lời của " + plan.registry().organisationName(lead) + ".")));
        }

        // the session: the most-asked questions first, answered live; complex ones deferred; the rest in writing
        drafted.sort(Comparator.comparingInt((Versioned v) -> -v.question().dossier().originals().size())
                .thenComparing(v -> v.id().toString()));
        DueDates dates = DueDates.on(calendar);
        LocalDate promised = dates.resolve(StatutoryDeadline.writtenReply(MilestoneRef.session()),
                MilestoneRef.session(), SESSION_DAY);
        LocalDate noticeDue = dates.resolve(OffsetDeadline.workingDaysAfter(3, MilestoneRef.session()),
                MilestoneRef.session(), SESSION_DAY);
        String session = plan.sessions().get(0).id();
        int live = 0;
        int deferred = 0;
        for (int i = 0; i < drafted.size(); i++) {
            Versioned v = drafted.get(i);
            String agency = v.question().agency().orElseThrow();
            Instant at = SESSION_DAY.atTime(8, 10).plusMinutes(8L * Math.min(i, 25)).atZone(VIETNAM).toInstant();
            if (i < 14 && i % 5 != 4) {
                desk.execute(new QuestionCommand.AnswerLive(v.id(), v.version(), Act.of(SECRETARIAT, at), session,
                        agency, "Lãnh đạo " + plan.registry().organisationName(agency),
                        answer(v.question(), plan.registry().organisationName(agency))));
                live++;
            } else {
                String why = i < 14 ? "nội dung phức tạp, liên quan nhiều ngành" : "chưa trả lời hết tại buổi đối thoại";
                desk.execute(new QuestionCommand.Defer(v.id(), v.version(), Act.of(SECRETARIAT, at, why), session,
                        agency, null, promised, noticeDue));
                deferred++;
            }
        }
        int floor = floorQuestions(plan, desk, session, promised, noticeDue);
        line("Tại buổi đối thoại: " + live + " trả lời trực tiếp, " + deferred + " trả lời bằng văn bản sau, "
                + floor + " ý kiến phát biểu tại hội trường");

        followUp(plan, desk);
        return letters;
    }

    private int floorQuestions(Plan plan, QuestionRegistry desk, String session, LocalDate promised,
                               LocalDate noticeDue) {
        String hall = plan.format().mainVenue();
        String[][] floor = {
                {"Đề nghị hỗ trợ kinh phí cho mô hình câu lạc bộ phụ nữ phòng chống bạo lực gia đình ở thôn", "quyen-va-an-toan"},
                {"Xin hỏi khi nào có chính sách hỗ trợ phụ nữ đơn thân nuôi con nhỏ học nghề", "nang-cao-nang-luc"}};
        RoutingAdvisor advisor = RoutingAdvisor.of(plan);
        for (int i = 0; i < floor.length; i++) {
            Instant at = SESSION_DAY.atTime(10, 30 + 10 * i).atZone(VIETNAM).toInstant();
            var asker = new vn.dialogue.question.Asker("Đại biểu tại hội trường " + (i + 1), "Hội LHPN thành phố",
                    "tp-kon-tum", null, true);
            Submission s = new Submission("floor-" + (i + 1), SubmissionKind.QUESTION, floor[i][0], List.of(), asker,
                    vn.dialogue.question.Channel.floor(hall), at, null, List.of());
            Versioned v = desk.receive(s, Act.of(SECRETARIAT, at)).question();
            v = desk.execute(new QuestionCommand.Accept(v.id(), v.version(), Act.of(MODERATOR, at), List.of(floor[i][1])));
            String lead = advisor.suggest(v.question()).stream().findFirst().map(RoutingSuggestion::lead)
                    .orElse("so-ldtbxh");
            v = desk.execute(new QuestionCommand.Route(v.id(), v.version(), Act.of(COMPILER, at), lead, List.of(),
                    SESSION_DAY));
            if (i == 0) {
                desk.execute(new QuestionCommand.AnswerLive(v.id(), v.version(), Act.of(SECRETARIAT, at.plusSeconds(300)),
                        session, lead, null, answer(v.question(), plan.registry().organisationName(lead))));
            } else {
                desk.execute(new QuestionCommand.Defer(v.id(), v.version(), Act.of(SECRETARIAT, at.plusSeconds(300),
                        "cần nghiên cứu"), session, lead, null, promised, noticeDue));
            }
        }
        return floor.length;
    }

    /** Notices to askers, then written answers: most on time, one late, one still open at the end of the year. */
    private void followUp(Plan plan, QuestionRegistry desk) {
        Instant noticeAt = LocalDate.of(2024, 11, 25).atTime(9, 0).atZone(VIETNAM).toInstant();
        List<QuestionId> deferredIds = desk.questions().stream().filter(q -> q.status() == QuestionStatus.DEFERRED)
                .map(Question::id).sorted(Comparator.comparing(QuestionId::toString)).toList();
        int notices = 0;
        for (QuestionId id : deferredIds) {
            for (Original o : ((DeferredQuestion) desk.get(id).orElseThrow().question()).noticesPending()) {
                Versioned v = desk.get(id).orElseThrow();
                desk.execute(new QuestionCommand.NotifyAsker(id, v.version(), Act.of(COMPILER, noticeAt), o.question(),
                        o.submission().asker().contact() == null ? "thư" : "điện thoại và thư"));
                notices++;
            }
        }
        int onTime = 0;
        int late = 0;
        for (int i = 0; i < deferredIds.size(); i++) {
            if (i == deferredIds.size() - 1) {
                break; // the last one stays open: next year's plan takes it up
            }
            QuestionId id = deferredIds.get(i);
            Versioned v = desk.get(id).orElseThrow();
            String agency = v.question().agency().orElseThrow();
            Actor officer = Actor.of("cb-" + agency, "Lãnh đạo " + plan.registry().organisationName(agency),
                    RolePolicy.AGENCY, agency);
            boolean isLate = i == 0;
            Instant at = LocalDate.of(2024, 12, isLate ? 20 : 3).atTime(15, 0).atZone(VIETNAM).toInstant();
            v = desk.execute(new QuestionCommand.ResolveInWriting(id, v.version(), Act.of(officer, at), OFFICIALS[i
                    % OFFICIALS.length], "Công văn số " + (100 + i) + "/" + SYMBOLS.getOrDefault(agency, "TL"),
                    answer(v.question(), plan.registry().organisationName(agency))));
            desk.execute(new QuestionCommand.Close(id, v.version(), Act.of(COMPILER, at.plusSeconds(86400))));
            if (isLate) {
                late++;
            } else {
                onTime++;
            }
        }
        line("Sau đối thoại: " + notices + " thông báo cho người hỏi, " + onTime + " văn bản trả lời đúng hạn, " + late
                + " trễ hạn, " + (deferredIds.isEmpty() ? 0 : 1) + " còn chờ");
    }

    /** The agencies' document symbols in the example. */
    private static final Map<String, String> SYMBOLS = Map.of("so-ldtbxh", "SLĐTBXH-BĐG", "so-gddt", "SGDĐT-GDMN",
            "nhcsxh", "NHCS-KHNV", "cong-an-tinh", "CAT-PV01", "so-yte", "SYT-NVY");

    /** The agencies' signing officials in the example (generated names). */
    private static final String[] OFFICIALS = {"Trần Văn Bình", "Phạm Thị Hồng", "Hoàng Minh Đức"};

    /** What the agency answered, by the agency: the substance the askers and the portal read (example text). */
    private static String answer(Question q, String agency) {
        String said = agency + " cho biết: ";
        if (agency.startsWith("Sở Giáo dục")) {
            return said + "năm học 2024 - 2025, tỉnh bố trí kinh phí sửa chữa, xây dựng thêm phòng học mầm non bán "
                    + "trú tại các điểm trường ở thôn, làng xa trung tâm; trẻ em thuộc hộ nghèo được hỗ trợ tiền ăn trưa "
                    + "theo Nghị định số 105/2020/NĐ-CP.";
        }
        if (agency.startsWith("Ngân hàng")) {
            return said + "hộ do phụ nữ làm chủ được vay vốn ưu đãi đến 100 triệu đồng mỗi hộ theo chương trình cho "
                    + "vay hộ cận nghèo và hộ mới thoát nghèo; hồ sơ nộp qua Tổ tiết kiệm và vay vốn ở thôn.";
        }
        if (agency.startsWith("Công an")) {
            return said + "lực lượng công an cơ sở tiếp nhận, xử lý kịp thời tin báo về bạo lực gia đình qua đường dây "
                    + "nóng 113 và phối hợp với Hội phụ nữ xã nhân rộng mô hình \"Địa chỉ tin cậy\" ở cộng đồng.";
        }
        return said + "các lớp đào tạo nghề ngắn hạn cho lao động nữ nông thôn được miễn học phí và hỗ trợ tiền ăn, đi "
                + "lại; phụ nữ đăng ký học nghề tại Ủy ban nhân dân xã hoặc Hội phụ nữ cơ sở. Sở tiếp tục tham mưu tỉnh "
                + "chính sách hỗ trợ việc làm cho phụ nữ dân tộc thiểu số.";
    }

    private void conclude(Plan plan, WorkingCalendar calendar, QuestionRegistry desk, ConclusionRegister register) {
        String session = plan.sessions().get(0).id();
        Instant at = SESSION_DAY.atTime(11, 20).atZone(VIETNAM).toInstant();
        register.record(Act.of(SECRETARIAT, at), session,
                "Buổi đối thoại diễn ra dân chủ, cởi mở; các ý kiến của phụ nữ thiết thực, sát với đời sống.",
                List.of("Các sở, ngành tiếp tục rà soát chính sách hỗ trợ phụ nữ dân tộc thiểu số.",
                        "Hội LHPN tỉnh phối hợp tổ chức đối thoại định kỳ ở cấp huyện."));
        DeadlineContext context = DeadlineContext.of(calendar).with(MilestoneRef.session(), SESSION_DAY);
        register.assign(Act.of(SECRETARIAT, at), "kl-1", session, "so-ldtbxh",
                "Tham mưu kế hoạch nâng cao năng lực cho phụ nữ dân tộc thiểu số năm 2025",
                OffsetDeadline.workingDaysAfter(20, MilestoneRef.session()), context);
        register.assign(Act.of(SECRETARIAT, at), "kl-2", session, "nhcsxh",
                "Rà soát, bố trí nguồn vốn cho vay ưu đãi hộ do phụ nữ làm chủ",
                OffsetDeadline.workingDaysAfter(15, MilestoneRef.session()), context);
        register.assign(Act.of(SECRETARIAT, at), "kl-3", session, "so-gddt",
                "Đề xuất xây dựng phòng học mầm non bán trú ở các làng xa",
                FixedDeadline.byEndOf(LocalDate.of(2025, 3, 31)), LocalDate.of(2025, 3, 31));
        Actor ldtbxh = Actor.of("cb-so-ldtbxh", "Lãnh đạo Sở LĐ-TB&XH", RolePolicy.AGENCY, "so-ldtbxh");
        var task = register.task("kl-1").orElseThrow();
        register.report("kl-1", task.version(), Act.of(ldtbxh, LocalDate.of(2024, 12, 16).atTime(10, 0)
                .atZone(VIETNAM).toInstant()), "Đã trình Kế hoạch số 210/KH-SLĐTBXH.");
        List<ConclusionTask> tasks = register.tasks();
        line("Kết luận của Chủ tịch: " + tasks.size() + " nhiệm vụ giao các cơ quan; "
                + tasks.stream().filter(ConclusionTask::isDone).count() + " đã hoàn thành trong năm");
        SessionRecord record = SessionRecord.of(session, desk.questions());
        line("Biên bản phiên: " + record.entries().size() + " câu hỏi, " + record.answeredLive() + " trả lời trực tiếp, "
                + record.deferred() + " hẹn trả lời");
    }

    private void step(String title) {
        log.println(title);
        log.flush();
    }

    private void line(String text) {
        log.println("   " + text);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    public static void main(String[] args) throws IOException {
        Path plan = Path.of(args.length > 0 ? args[0] : "examples/plans/kon-tum-2024-phu-nu.yaml");
        Path out = Path.of(args.length > 1 ? args[1] : "out");
        new KonTum2024(plan, out, new PrintWriter(System.out, true, StandardCharsets.UTF_8)).run();
    }
}
