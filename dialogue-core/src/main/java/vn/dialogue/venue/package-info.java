/** Venues: the main hall and the online rooms of bridge points. */
@NullMarked
package vn.dialogue.venue;

import org.jspecify.annotations.NullMarked;
