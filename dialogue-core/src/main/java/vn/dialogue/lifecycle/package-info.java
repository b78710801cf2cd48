/**
 * The one kernel the dialogue's lifecycles (questions, invitations, the chair's conclusions) run on: a
 * {@link vn.dialogue.lifecycle.Decider} per family of records holds its rules, and the generic
 * {@link vn.dialogue.lifecycle.Desk} runs them over any {@link vn.dialogue.store.EventStore}: per-stream locking,
 * the version check, append then apply, replay, catch-up from the store when another process moved it, flush,
 * sync and close. The public façades ({@code QuestionRegistry}, {@code InvitationRegistry},
 * {@code ConclusionRegister}) are thin: they turn their calls into commands and read the desk.
 *
 * <p><b>Adding a transition</b> touches three places, all in the family's package:
 * <ol>
 *   <li>its command (a record of the family's command type, naming the record and the version it was decided on);
 *   <li>its decision (in the family's decider: which state allows it, and the event it yields), and the event
 *       record, named once in the family's {@link vn.dialogue.lifecycle.EventCodec} type table;
 *   <li>its evolution (in the decider's {@code evolve}: the state the event leads to): the one fold used both
 *       live and on replay.
 * </ol>
 * Nothing else changes: the desk, the stores, the JSON (Jackson data binding of the event record) and the
 * journal format are generic.
 */
@NullMarked
package vn.dialogue.lifecycle;

import org.jspecify.annotations.NullMarked;
