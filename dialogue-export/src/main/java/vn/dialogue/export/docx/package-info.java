/** DOCX (Office Open XML) rendering of the layout model with Apache POI XWPF. */
@NullMarked
package vn.dialogue.export.docx;

import org.jspecify.annotations.NullMarked;
