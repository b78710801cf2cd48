/**
 * The chair's conclusions of a dialogue's sessions and the tasks they give agencies
 * ({@link vn.dialogue.conclusion.ConclusionRegister}), on the same lifecycle kernel and stores as the questions.
 */
@NullMarked
package vn.dialogue.conclusion;

import org.jspecify.annotations.NullMarked;
