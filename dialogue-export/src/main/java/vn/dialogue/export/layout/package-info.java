/**
 * A small neutral layout model of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * a {@link vn.dialogue.export.layout.LayoutDocument} is a page setup plus an ordered list of
 * {@link vn.dialogue.export.layout.Block}s. Documents are composed once into this model and
 * every renderer (DOCX, PDF, HTML) prints the same model, so no document is written twice.
 *
 * <p>The model holds final text only: the fixed words of a document (Nơi nhận, Số, the national
 * motto) are chosen by the composer from {@link vn.dialogue.export.wording.Wording}, never by a
 * renderer. Every string is normalised to Unicode NFC when a block is built.
 */
@NullMarked
package vn.dialogue.export.layout;

import org.jspecify.annotations.NullMarked;
