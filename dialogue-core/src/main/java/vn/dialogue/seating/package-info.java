/**
 * Seating at the main hall: a layout with a presidium table and blocks of numbered rows, a deterministic seating
 * plan by protocol precedence with manual pins, and the data of name cards and table cards.
 *
 * <p>Entry points: {@link vn.dialogue.seating.HallLayout}, {@link vn.dialogue.seating.Seating#forPlan},
 * {@link vn.dialogue.seating.SeatingPlan#reseat}, {@link vn.dialogue.seating.NameCards#from}.
 */
@NullMarked
package vn.dialogue.seating;

import org.jspecify.annotations.NullMarked;
