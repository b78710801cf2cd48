/**
 * Charts for the documents' {@link vn.dialogue.export.layout.Figure}s, drawn by JFreeChart in the documents' serif
 * (Liberation Serif, Vietnamese complete), so that they print alike in PDF, SVG and PNG.
 */
@NullMarked
package vn.dialogue.export.chart;

import org.jspecify.annotations.NullMarked;
