/** Actors: who did something, in which role, for which organisation. */
@NullMarked
package vn.dialogue.actor;

import org.jspecify.annotations.NullMarked;
