/**
 * Entry points of the export module: {@link vn.dialogue.export.Documents} renders a composed
 * document to a {@link vn.dialogue.export.Format}, and the composers build the documents of a
 * plan, each composed once into the layout model and rendered to every format: the plan
 * ({@link vn.dialogue.export.PlanDocument}), invitations, the programme, the seating chart and
 * name cards, the compiled submissions, routing letters, the run-of-show script, the conclusion
 * notice, notices to askers and the public answers page; workbooks
 * ({@link vn.dialogue.export.AttendanceWorkbook}) print to a {@link vn.dialogue.export.SheetFormat};
 * {@link vn.dialogue.export.PlanCalendar} writes iCalendar. {@link vn.dialogue.export.DocumentSet}
 * writes all of them for one dialogue into a folder.
 */
@NullMarked
package vn.dialogue.export;

import org.jspecify.annotations.NullMarked;
