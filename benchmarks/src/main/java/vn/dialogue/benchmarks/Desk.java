package vn.dialogue.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.dialogue.actor.Actor;
import vn.dialogue.question.Act;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Intake;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RejectionReason;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;

/** The intake desk of the question workloads: who receives and moderates, and the submissions. */
final class Desk {

    static final Actor CLERK = Actor.of("clerk-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn-tinh");
    static final Actor MODERATOR = Actor.of("mod-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn-tinh");
    static final List<String> TOPICS = List.of("sinh-ke", "y-te", "giao-duc", "dat-dai", "ha-tang", "an-sinh");
    static final Instant T0 = Instant.parse("2024-10-20T02:00:00Z");

    private Desk() {
    }

    /** Submission {@code i} with {@code text}, as a union branch forwards it. */
    static Submission submission(int i, String text) {
        Asker asker = Asker.of(Names.FAMILY.get(i % Names.FAMILY.size()) + " Thị " + Names.GIVEN.get(i % Names.GIVEN.size()),
                "xa-" + (i % 97), "09" + (10_000_000 + i));
        return new Submission("m-" + i, i % 3 == 0 ? SubmissionKind.QUESTION : SubmissionKind.RECOMMENDATION, text,
                List.of(), asker, Channel.unionBranch("hlhpn-" + (i % 10), "district"), T0.plusSeconds(i), null, List.of());
    }

    /** The submissions of {@code texts}, numbered from 0. */
    static List<Submission> submissions(List<String> texts) {
        List<Submission> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(submission(i, texts.get(i)));
        }
        return out;
    }

    /**
     * Receives submission {@code i} and moderates it: nine in ten accepted, one in ten rejected as
     * out of scope. Returns the question as moderated.
     */
    static Versioned intake(QuestionRegistry registry, Submission s, int i) {
        return intake(registry, s, i, i % 10 == 9);
    }

    /** Receives submission {@code i} and accepts it, or rejects it as out of scope. */
    static Versioned intake(QuestionRegistry registry, Submission s, int i, boolean reject) {
        Instant at = T0.plusSeconds(i);
        Intake in = registry.receive(s, Act.of(CLERK, at));
        Versioned q = in.question();
        if (reject) {
            return registry.execute(new QuestionCommand.Reject(q.id(), q.version(),
                    Act.of(MODERATOR, at.plusSeconds(60), "ngoài phạm vi đối thoại"), RejectionReason.OUT_OF_SCOPE));
        }
        return registry.execute(new QuestionCommand.Accept(q.id(), q.version(),
                Act.of(MODERATOR, at.plusSeconds(60), "đúng chủ đề"), List.of(TOPICS.get(i % TOPICS.size()))));
    }
}
