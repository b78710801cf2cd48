/**
 * Participants: delegates and their names, delegate lists read from and written to spreadsheet rows, quota and
 * composition checks over a plan, invitations with their replies, and attendance at the main hall and at every
 * bridge point.
 *
 * <p>Entry points: {@link vn.dialogue.participant.Delegate}, {@link vn.dialogue.participant.DelegateList},
 * {@link vn.dialogue.participant.DelegateTable} (rows of strings in and out; the CSV and XLSX adapters live in
 * the export module), {@link vn.dialogue.participant.DelegateChecks} (rules for
 * {@code PlanChecker.with(...)}), {@link vn.dialogue.participant.Invitation} and
 * {@link vn.dialogue.participant.AttendanceTally}, and {@link vn.dialogue.participant.SampleDelegates} (sample data).
 */
@NullMarked
package vn.dialogue.participant;

import org.jspecify.annotations.NullMarked;
