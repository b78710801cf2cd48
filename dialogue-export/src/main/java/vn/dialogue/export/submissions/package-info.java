/**
 * Submissions collected offline, read from CSV and spreadsheet files through
 * {@link vn.dialogue.intake.SubmissionTable}: {@link vn.dialogue.export.submissions.SubmissionSpreadsheets}.
 */
@NullMarked
package vn.dialogue.export.submissions;

import org.jspecify.annotations.NullMarked;
