/**
 * The timeline of a plan: its sessions and deadlines resolved to days, in order, with what each
 * depends on ({@link vn.dialogue.timeline.Timeline}); and the plan checks over it
 * ({@link vn.dialogue.timeline.TimelineRules}).
 *
 * <p>Depends on {@code plan}, {@code deadline}, {@code calendar} and {@code check}; none of them
 * depends on it.
 */
@NullMarked
package vn.dialogue.timeline;

import org.jspecify.annotations.NullMarked;
