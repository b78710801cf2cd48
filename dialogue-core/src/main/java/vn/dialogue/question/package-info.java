/**
 * The question lifecycle of a dialogue: submissions and their intake, moderation, compilation of similar
 * questions, routing to agencies, live answers and deferrals at the session, written answers, closure; the
 * session record, the chair's conclusions and their tasks, and reports.
 *
 * <p>Entry points: {@link vn.dialogue.question.QuestionRegistry} (intake and every transition, journaled, safe
 * under concurrent use), {@link vn.dialogue.question.QuestionCommand} (what can be asked of a question),
 * {@link vn.dialogue.question.Question} (the states, a sealed type), {@link vn.dialogue.question.RolePolicy}
 * (who may do what), {@link vn.dialogue.question.similar.SimilarQuestions} (near-duplicate proposals),
 * {@link vn.dialogue.question.RoutingAdvisor} (agency suggestions from the plan),
 * {@link vn.dialogue.conclusion.ConclusionRegister} (the chair's tasks), {@link vn.dialogue.question.QuestionReport},
 * {@link vn.dialogue.question.SessionRecord}, {@link vn.dialogue.yearly.Unsettled} (what next year carries
 * over) and {@link vn.dialogue.question.DueDates} (deadlines from the plan's rules on the working calendar).
 *
 * <p>Askers' personal data (names, contacts) never appear in log output or in {@code toString()}.
 */
@NullMarked
package vn.dialogue.question;

import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.question.similar.SimilarQuestions;
import vn.dialogue.yearly.Unsettled;

import org.jspecify.annotations.NullMarked;
