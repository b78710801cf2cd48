/**
 * Tabular exports: a {@link vn.dialogue.export.sheet.Spreadsheet} of named sheets written as XLSX
 * (streaming, for long lists) or CSV, with cells from user text kept from running as formulas.
 */
@NullMarked
package vn.dialogue.export.sheet;

import org.jspecify.annotations.NullMarked;
