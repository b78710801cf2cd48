package vn.dialogue.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.dialogue.question.QuestionEvent.AskerNotified;
import vn.dialogue.question.QuestionEvent.QuestionResolvedInWriting;

/**
 * A question deferred at the session: the responsible agency answers in writing by the promised date, and every
 * asker must be told which agency and by when.
 *
 * @param id       the question's key
 * @param dossier  what it is about, with every asker
 * @param deferral who answers and by when
 * @param notices  the notices sent to askers so far, in order
 */
public record DeferredQuestion(QuestionId id, Dossier dossier, Deferral deferral, List<AskerNotice> notices)
        implements Question {

    public DeferredQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(deferral, "deferral");
        notices = List.copyOf(notices);
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.DEFERRED;
    }

    @Override
    public Optional<String> agency() {
        return Optional.of(deferral.agency());
    }

    /** The originals whose askers have not been told yet, in dossier order. */
    public List<Original> noticesPending() {
        return pending(dossier, notices);
    }

    static List<Original> pending(Dossier dossier, List<AskerNotice> notices) {
        Set<QuestionId> told = new HashSet<>();
        for (AskerNotice notice : notices) {
            told.add(notice.original());
        }
        List<Original> pending = new ArrayList<>();
        for (Original original : dossier.originals()) {
            if (!told.contains(original.question())) {
                pending.add(original);
            }
        }
        return List.copyOf(pending);
    }

    /**
     * Records that the asker of {@code original} was told which agency answers and by when.
     *
     * @param means how: a letter number, "SMS", "phone call"
     * @throws ActionRefusedException   if the actor's role may not {@link Action#NOTIFY_ASKER}
     * @throws IllegalArgumentException if {@code original} is not one of the question's originals
     */
    public Change<DeferredQuestion> notifyAsker(Act act, QuestionId original, String means, RolePolicy roles) {
        roles.require(Action.NOTIFY_ASKER, act.actor());
        AskerNotified event = new AskerNotified(id, act, original, means);
        return new Change<>(event, apply(event));
    }

    /**
     * Records the responsible agency's written answer.
     *
     * @param document the answering document's reference
     * @throws ActionRefusedException if the actor's role may not {@link Action#ANSWER_IN_WRITING} or their
     *                                organisation is not the responsible agency
     */
    public Change<ResolvedQuestion> resolveInWriting(Act act, @Nullable String official, String document,
                                                     String summary, RolePolicy roles) {
        roles.require(Action.ANSWER_IN_WRITING, act.actor(), List.of(deferral.agency()),
                "the agency responsible for question " + id);
        QuestionResolvedInWriting event = new QuestionResolvedInWriting(id, act, deferral.agency(), official, document,
                summary);
        return new Change<>(event, apply(event));
    }

    /**
     * Records that the asker withdrew it.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#WITHDRAW}
     */
    public Change<WithdrawnQuestion> withdraw(Act act, RolePolicy roles) {
        return Evolution.withdraw(this, act, roles);
    }

    DeferredQuestion apply(AskerNotified event) {
        boolean known = dossier.originals().stream().anyMatch(o -> o.question().equals(event.original()));
        if (!known) {
            throw new IllegalArgumentException("question " + id + " has no original " + event.original()
                    + "; its originals are " + dossier.originals().stream().map(Original::question).toList());
        }
        List<AskerNotice> all = new ArrayList<>(notices);
        all.add(new AskerNotice(event.original(), event.means(), event.act().at()));
        return new DeferredQuestion(id, dossier, deferral, all);
    }

    ResolvedQuestion apply(QuestionResolvedInWriting event) {
        return new ResolvedQuestion(id, dossier, deferral, notices, new WrittenAnswer(event.agency(), event.official(),
                event.document(), event.summary(), event.act().at()));
    }
}
