/**
 * Reminders: what each agency owes at an instant (answers to prepare before the session, deferred questions to
 * answer in writing, notices to askers, the chair's conclusion tasks), each with its last day and the working days
 * left or overdue on the working calendar. Read from the question and conclusion lifecycles; writes nothing.
 *
 * <pre>{@code
 * DueList due = DueList.at(instant, registry.questions(), register.tasks(), WorkingCalendar.vietnam());
 * due.byAgency().forEach((agency, work) -> ...);
 * }</pre>
 */
package vn.dialogue.due;
