/**
 * Finding similar questions to compile into one ({@link vn.dialogue.question.similar.SimilarQuestions}): word
 * shingles over Vietnamese text without its diacritics, proposals a person confirms.
 */
@NullMarked
package vn.dialogue.question.similar;

import org.jspecify.annotations.NullMarked;
