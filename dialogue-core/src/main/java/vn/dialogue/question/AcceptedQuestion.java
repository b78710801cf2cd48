package vn.dialogue.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.dialogue.question.QuestionEvent.QuestionRouted;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/**
 * A question accepted for the dialogue: it can be compiled with similar ones, routed, or (from the floor)
 * answered or deferred at once. A compiled question starts here too, holding every member's original.
 *
 * @param id      the question's key
 * @param dossier originals, topics (at least one) and wording
 */
public record AcceptedQuestion(QuestionId id, Dossier dossier) implements Question {

    public AcceptedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        if (dossier.topics().isEmpty()) {
            throw new IllegalArgumentException("accepted question " + id + " has no topic");
        }
    }

    @Override
    public QuestionStatus status() {
        return QuestionStatus.ACCEPTED;
    }

    /**
     * Routes the question to a lead agency and co-agencies, to prepare an answer by {@code answerDue} (resolved
     * from the plan's rule on the working calendar).
     *
     * @throws ActionRefusedException   if the actor's role may not {@link Action#ROUTE}
     * @throws IllegalArgumentException if the lead is also a co-agency or a co-agency repeats
     */
    public Change<RoutedQuestion> route(Act act, String lead, List<String> coAgencies, LocalDate answerDue,
                                        RolePolicy roles) {
        return Evolution.route(this, act, lead, coAgencies, answerDue, roles);
    }

    /**
     * Records that it was answered live at {@code session} by {@code agency}.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#RECORD_LIVE_OUTCOME}
     */
    public Change<AnsweredLiveQuestion> answerLive(Act act, String session, String agency, @Nullable String official,
                                                   String summary, RolePolicy roles) {
        return Evolution.answerLive(this, act, session, agency, official, summary, roles);
    }

    /**
     * Records that it was deferred at {@code session}: {@code agency} answers in writing by {@code promisedBy},
     * and every asker is told by {@code noticeDue}. The act's reason says why it was not answered live.
     *
     * @throws ActionRefusedException   if the actor's role may not {@link Action#RECORD_LIVE_OUTCOME}
     * @throws IllegalArgumentException if no reason is given or a date is before the deferral
     */
    public Change<DeferredQuestion> defer(Act act, String session, String agency, @Nullable String official,
                                          LocalDate promisedBy, LocalDate noticeDue, RolePolicy roles) {
        return Evolution.defer(this, act, session, agency, official, promisedBy, noticeDue, roles);
    }

    /**
     * Records that the asker withdrew it; the act's reason says how they asked.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#WITHDRAW}
     */
    public Change<WithdrawnQuestion> withdraw(Act act, RolePolicy roles) {
        return Evolution.withdraw(this, act, roles);
    }

    /**
     * Records that the actor's organisation, the authority of {@code unit}, settled it within its own powers.
     *
     * @throws ActionRefusedException if the actor's role may not {@link Action#HANDLE_LOCALLY} or they act for
     *                                no organisation
     */
    public Change<LocallyHandledQuestion> handleLocally(Act act, String unit, String report, RolePolicy roles) {
        return Evolution.handleLocally(this, act, unit, report, roles);
    }

    /**
     * Merges similar accepted questions into a new compiled question {@code compiledId}, which keeps every
     * member's originals (askers and channels) and is answered once for all; each member becomes
     * {@link MergedQuestion}.
     *
     * @param members at least two distinct accepted questions
     * @param wording the compiled question's text
     * @param topics  its topics; empty means the union of the members' topics
     * @throws ActionRefusedException   if the actor's role may not {@link Action#COMPILE}
     * @throws IllegalArgumentException if fewer than two distinct members are given
     */
    public static Compilation compile(QuestionId compiledId, List<AcceptedQuestion> members, Act act, String wording,
                                      List<String> topics, RolePolicy roles) {
        Objects.requireNonNull(compiledId, "compiledId");
        Objects.requireNonNull(members, "members");
        roles.require(Action.COMPILE, act.actor());
        List<String> chosen = topics;
        if (chosen.isEmpty()) {
            Set<String> seen = new HashSet<>();
            List<String> union = new ArrayList<>();
            for (AcceptedQuestion member : members) {
                for (String topic : member.dossier().topics()) {
                    if (seen.add(topic)) {
                        union.add(topic);
                    }
                }
            }
            chosen = union;
        }
        QuestionsCompiled event = new QuestionsCompiled(compiledId, act, members.stream().map(AcceptedQuestion::id)
                .toList(), wording, chosen);
        return Evolution.compile(event, members);
    }

    RoutedQuestion apply(QuestionRouted event) {
        return new RoutedQuestion(id, dossier, Routing.of(event.lead(), event.coAgencies(), event.answerDue()));
    }

    MergedQuestion merge(QuestionsCompiled event) {
        return new MergedQuestion(id, dossier, event.question(), event.act().at());
    }
}
