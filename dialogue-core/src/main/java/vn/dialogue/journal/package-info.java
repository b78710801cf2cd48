/**
 * An append-only event journal in JSON Lines, generic over the event type: one event per line, state is a fold
 * over the events, replay rebuilds it. {@link vn.dialogue.journal.Journal} writes and recovers,
 * {@link vn.dialogue.journal.JournalCodec} turns events into lines and back, {@link vn.dialogue.journal.Durability}
 * says when lines reach the disk. Imports no domain package.
 */
@NullMarked
package vn.dialogue.journal;

import org.jspecify.annotations.NullMarked;
