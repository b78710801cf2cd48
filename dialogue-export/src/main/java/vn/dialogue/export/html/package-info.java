/** Standalone HTML rendering of the layout model, for a provincial web portal: UTF-8, every text escaped. */
@NullMarked
package vn.dialogue.export.html;

import org.jspecify.annotations.NullMarked;
