/**
 * Entry points of the export module: {@link vn.dialogue.export.Documents} renders a composed
 * document to a {@link vn.dialogue.export.Format}, and the composers (such as
 * {@link vn.dialogue.export.PlanDocument}) build the documents of a plan.
 */
@NullMarked
package vn.dialogue.export;

import org.jspecify.annotations.NullMarked;
