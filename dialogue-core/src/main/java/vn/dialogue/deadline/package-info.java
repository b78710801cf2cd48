/** Deadline rules: fixed days, offsets from milestones, statutory periods; and their resolution on the calendar. */
@NullMarked
package vn.dialogue.deadline;

import org.jspecify.annotations.NullMarked;
