package vn.dialogue.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dialogue.actor.Actor;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

/** Actors, times and questions in every state, on the 2024 Kon Tum seed plan. */
public final class Fixtures {

    public static final Plan PLAN = SeedPlans.loadKonTum2024();
    public static final RolePolicy ROLES = RolePolicy.defaults();
    public static final String SESSION = "doi-thoai";
    /** The session day used in scenarios: Thursday 21 November 2024. */
    public static final LocalDate SESSION_DAY = LocalDate.of(2024, 11, 21);
    /** 09:00 on 20 October 2024 in Vietnam. */
    public static final Instant T0 = Instant.parse("2024-10-20T02:00:00Z");
    /** 09:00 on the session day in Vietnam. */
    public static final Instant AT_SESSION = Instant.parse("2024-11-21T02:00:00Z");

    public static final Actor CLERK = Actor.of("clerk-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn-tinh");
    public static final Actor MODERATOR = Actor.of("mod-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn-tinh");
    public static final Actor COMPILER = Actor.of("comp-1", "Chuyên viên tổng hợp", RolePolicy.COMPILER, "so-ldtbxh");
    public static final Actor LDTBXH = Actor.of("ag-ldtbxh", "Phòng Bình đẳng giới", RolePolicy.AGENCY, "so-ldtbxh");
    public static final Actor BHXH = Actor.of("ag-bhxh", "Phòng Chế độ", RolePolicy.AGENCY, "bhxh-tinh");
    public static final Actor YTE = Actor.of("ag-yte", "Phòng Nghiệp vụ", RolePolicy.AGENCY, "so-yte");
    public static final Actor SECRETARIAT = Actor.of("sec-1", "Thư ký", RolePolicy.SECRETARIAT, "vp-ubnd");
    public static final Actor DAK_HA = Actor.of("dak-ha-1", "UBND huyện Đăk Hà", RolePolicy.LOCAL_AUTHORITY, "ubnd-dak-ha");
    public static final Actor NOBODY = Actor.of("guest-1", "Khách", "guest", null);

    /** The asker's personal data, to look for where it must not be. */
    public static final String ASKER_NAME = "Y Hoa Niê";
    public static final String ASKER_PHONE = "0905 123 456";

    private Fixtures() {
    }

    public static Instant at(int day, int hour) {
        return Instant.parse(String.format("2024-11-%02dT%02d:00:00Z", day, hour - 7));
    }

    public static Act act(Actor actor, Instant at) {
        return Act.of(actor, at);
    }

    public static Act act(Actor actor, Instant at, String reason) {
        return Act.of(actor, at, reason);
    }

    public static Asker asker(String unit) {
        return new Asker(ASKER_NAME, "Hội Phụ nữ xã", unit, ASKER_PHONE, false);
    }

    public static Submission submission(String messageId, String text) {
        return new Submission(messageId, SubmissionKind.RECOMMENDATION, text, List.of("chinh-sach"),
                asker("dak-ha"), Channel.unionBranch("hlhpn-tinh", "province"), T0, "hlhpn-tinh", List.of());
    }

    public static Submission submission(String messageId) {
        return submission(messageId, "Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số.");
    }

    public static QuestionRegistry registry() {
        return QuestionRegistry.builder(ROLES).plan(PLAN).open();
    }

    public static Versioned received(QuestionRegistry r, String messageId) {
        return r.receive(submission(messageId), act(CLERK, T0)).question();
    }

    public static Versioned accepted(QuestionRegistry r, String messageId) {
        Versioned q = received(r, messageId);
        return r.execute(new QuestionCommand.Accept(q.id(), q.version(), act(MODERATOR, T0.plusSeconds(60),
                "fits topic 2"), List.of()));
    }

    public static Versioned routed(QuestionRegistry r, String messageId) {
        Versioned q = accepted(r, messageId);
        return r.execute(new QuestionCommand.Route(q.id(), q.version(), act(COMPILER, T0.plusSeconds(120)),
                "so-ldtbxh", List.of("bhxh-tinh"), LocalDate.of(2024, 11, 14)));
    }

    public static Versioned drafted(QuestionRegistry r, String messageId) {
        Versioned q = routed(r, messageId);
        return r.execute(new QuestionCommand.DraftAnswer(q.id(), q.version(), act(LDTBXH, at(5, 9)),
                "Sở sẽ phối hợp rà soát đối tượng."));
    }

    public static Versioned answeredLive(QuestionRegistry r, String messageId) {
        Versioned q = drafted(r, messageId);
        return r.execute(new QuestionCommand.AnswerLive(q.id(), q.version(), act(SECRETARIAT, AT_SESSION), SESSION,
                "so-ldtbxh", "Giám đốc Sở", "Đã trả lời trực tiếp."));
    }

    public static Versioned deferred(QuestionRegistry r, String messageId) {
        Versioned q = drafted(r, messageId);
        return r.execute(new QuestionCommand.Defer(q.id(), q.version(), act(SECRETARIAT, AT_SESSION,
                "needs study across agencies"), SESSION, "bhxh-tinh", null, LocalDate.of(2024, 12, 5),
                LocalDate.of(2024, 11, 26)));
    }

    public static Versioned resolved(QuestionRegistry r, String messageId) {
        Versioned q = deferred(r, messageId);
        return r.execute(new QuestionCommand.ResolveInWriting(q.id(), q.version(), act(BHXH, at(29, 10)), null,
                "Công văn số 123/BHXH-CĐ", "Đã rà soát và hỗ trợ."));
    }

    public static Versioned handledLocally(QuestionRegistry r, String messageId) {
        Versioned q = received(r, messageId);
        return r.execute(new QuestionCommand.HandleLocally(q.id(), q.version(), act(DAK_HA, T0.plusSeconds(3600)),
                "dak-ha", "UBND huyện đã giải quyết theo thẩm quyền."));
    }

    public static Versioned closed(QuestionRegistry r, String messageId) {
        Versioned q = answeredLive(r, messageId);
        return r.execute(new QuestionCommand.Close(q.id(), q.version(), act(COMPILER, at(22, 9))));
    }

    public static Versioned withdrawn(QuestionRegistry r, String messageId) {
        Versioned q = received(r, messageId);
        return r.execute(new QuestionCommand.Withdraw(q.id(), q.version(), act(CLERK, T0.plusSeconds(30),
                "asker phoned to withdraw")));
    }

    public static Versioned rejected(QuestionRegistry r, String messageId) {
        Versioned q = received(r, messageId);
        return r.execute(new QuestionCommand.Reject(q.id(), q.version(), act(MODERATOR, T0.plusSeconds(60),
                "about a land dispute"), RejectionReason.OUT_OF_SCOPE));
    }

    /** Two accepted questions compiled; returns the first member as it is now (merged). */
    public static Versioned merged(QuestionRegistry r, String messageId) {
        Versioned a = accepted(r, messageId);
        Versioned b = accepted(r, messageId + "-twin");
        r.execute(new QuestionCommand.Compile(List.of(a, b), act(COMPILER, T0.plusSeconds(600)),
                "Hỗ trợ bảo hiểm y tế cho phụ nữ dân tộc thiểu số", List.of()));
        return r.get(a.id()).orElseThrow();
    }

    /** A question in each state, made in {@code r}. */
    public static List<Versioned> oneInEveryState(QuestionRegistry r) {
        return List.of(received(r, "s-received"), accepted(r, "s-accepted"), rejected(r, "s-rejected"),
                merged(r, "s-merged"), routed(r, "s-routed"), drafted(r, "s-drafted"),
                answeredLive(r, "s-live"), deferred(r, "s-deferred"), resolved(r, "s-resolved"),
                closed(r, "s-closed"), withdrawn(r, "s-withdrawn"), handledLocally(r, "s-local"));
    }

    /** A new question in {@code status}, made in {@code r}. */
    public static Versioned inState(QuestionStatus status, QuestionRegistry r, String messageId) {
        return switch (status) {
            case RECEIVED -> received(r, messageId);
            case ACCEPTED -> accepted(r, messageId);
            case REJECTED -> rejected(r, messageId);
            case MERGED -> merged(r, messageId);
            case ROUTED -> routed(r, messageId);
            case ANSWER_DRAFTED -> drafted(r, messageId);
            case ANSWERED_LIVE -> answeredLive(r, messageId);
            case DEFERRED -> deferred(r, messageId);
            case RESOLVED_IN_WRITING -> resolved(r, messageId);
            case CLOSED -> closed(r, messageId);
            case WITHDRAWN -> withdrawn(r, messageId);
            case HANDLED_LOCALLY -> handledLocally(r, messageId);
        };
    }

    /**
     * A command asking {@code t} of {@code q}, by an actor allowed to ask it, with values the plan knows;
     * {@code partner} is the other member for a compilation.
     */
    public static QuestionCommand command(Transition t, Versioned q, Versioned partner) {
        QuestionId id = q.id();
        long v = q.version();
        return switch (t) {
            case ACCEPT -> new QuestionCommand.Accept(id, v, act(MODERATOR, AT_SESSION), List.of("chinh-sach"));
            case REJECT -> new QuestionCommand.Reject(id, v, act(MODERATOR, AT_SESSION, "not about the topics"),
                    RejectionReason.OFF_TOPIC);
            case MERGE -> new QuestionCommand.Compile(List.of(partner, q), act(COMPILER, AT_SESSION),
                    "Câu hỏi tổng hợp", List.of());
            case ROUTE -> new QuestionCommand.Route(id, v, act(COMPILER, AT_SESSION), "so-ldtbxh",
                    List.of("bhxh-tinh"), LocalDate.of(2024, 11, 28));
            case CONTRIBUTE -> new QuestionCommand.Contribute(id, v, act(BHXH, AT_SESSION), "Số liệu BHXH.");
            case DRAFT -> new QuestionCommand.DraftAnswer(id, v, act(LDTBXH, AT_SESSION), "Dự thảo trả lời.");
            case ANSWER_LIVE -> new QuestionCommand.AnswerLive(id, v, act(SECRETARIAT, AT_SESSION), SESSION,
                    "so-ldtbxh", null, "Trả lời tại hội nghị.");
            case DEFER -> new QuestionCommand.Defer(id, v, act(SECRETARIAT, AT_SESSION, "needs study"), SESSION,
                    "bhxh-tinh", null, LocalDate.of(2024, 12, 5), LocalDate.of(2024, 11, 26));
            case NOTIFY_ASKER -> new QuestionCommand.NotifyAsker(id, v, act(COMPILER, AT_SESSION),
                    q.question().dossier().originals().get(0).question(), "thư số 15");
            case RESOLVE_IN_WRITING -> new QuestionCommand.ResolveInWriting(id, v, act(BHXH, AT_SESSION), null,
                    "Công văn 1/BHXH", "Trả lời bằng văn bản.");
            case CLOSE -> new QuestionCommand.Close(id, v, act(COMPILER, AT_SESSION));
            case WITHDRAW -> new QuestionCommand.Withdraw(id, v, act(CLERK, AT_SESSION, "asker withdrew"));
            case HANDLE_LOCALLY -> new QuestionCommand.HandleLocally(id, v, act(DAK_HA, AT_SESSION), "dak-ha",
                    "Đã giải quyết tại huyện.");
        };
    }
}
