/**
 * The storage port of the dialogue's lifecycles: an {@link vn.dialogue.store.EventStore} keeps the events of one
 * log (the questions of a dialogue, its invitations, its conclusions) as streams, one per record, each event at a
 * version of every stream it changes and at a global position in the log. Two adapters ship: the file journal
 * ({@code vn.dialogue.journal.FileEventStore}, the embedded default) and PostgreSQL (module
 * {@code dialogue-postgres}); both pass the same contract tests.
 *
 * <p>What a store guarantees: an append is atomic (all its events or none), refused with
 * {@link vn.dialogue.store.StaleVersionException} when a stream it names has moved since the version the caller
 * decided on, and refused with {@link vn.dialogue.store.DuplicateEventException} when an event's idempotency key
 * was stored before; a reader that reads after a position never skips an event committed later with a smaller
 * position; damage (a missing, repeated or altered event) is named where it is, never replayed silently.
 */
@NullMarked
package vn.dialogue.store;

import org.jspecify.annotations.NullMarked;
