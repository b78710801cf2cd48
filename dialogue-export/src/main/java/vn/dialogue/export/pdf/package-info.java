/**
 * PDF rendering of the layout model with OpenPDF: the document serif embedded as subsets with
 * Identity-H encoding and a ToUnicode map, so copying text out of the PDF gives the Vietnamese in.
 */
@NullMarked
package vn.dialogue.export.pdf;

import org.jspecify.annotations.NullMarked;
