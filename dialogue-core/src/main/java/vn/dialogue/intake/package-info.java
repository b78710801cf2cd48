/**
 * Intake from tables: submissions collected offline (a spreadsheet of a commune union branch, a CSV of the web
 * portal) read row by row into {@link vn.dialogue.question.Submission}s for the question lifecycle, every bad cell
 * named by its row and column ({@link vn.dialogue.intake.SubmissionTable}, {@link vn.dialogue.intake.SubmissionImport}).
 * The lifecycle itself lives in {@link vn.dialogue.question}; this package only reads.
 */
@NullMarked
package vn.dialogue.intake;

import org.jspecify.annotations.NullMarked;
