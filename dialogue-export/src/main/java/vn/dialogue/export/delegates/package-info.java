/**
 * Delegate lists as spreadsheet files: CSV and XLSX (and legacy XLS) in, CSV and XLSX out. The files become rows of
 * text and the rows go through {@link vn.dialogue.participant.DelegateTable}, so both formats read, check and
 * report alike. Entry point: {@link vn.dialogue.export.delegates.DelegateSpreadsheets}.
 */
@NullMarked
package vn.dialogue.export.delegates;

import org.jspecify.annotations.NullMarked;
