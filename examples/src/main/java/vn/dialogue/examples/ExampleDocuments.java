package vn.dialogue.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import vn.dialogue.export.DocumentKind;
import vn.dialogue.export.DocumentSet;
import vn.dialogue.export.Documents;
import vn.dialogue.export.ResultsReportDocument;
import vn.dialogue.export.Format;
import vn.dialogue.export.RoutingLetters;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Signature;
import vn.dialogue.plan.SigningAuthority;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionEvent;
import vn.dialogue.seating.SeatingPlan;

/** Writes the example's documents with the export module; returns the files written, in order. */
final class ExampleDocuments {

    private ExampleDocuments() {
    }

    /** The routing letters, written when the questions are routed (after the session they are answered). */
    static Path routingLetters(Plan plan, List<? extends Question> routed, Instant at, Path out) throws IOException {
        Path file = out.resolve("cong-van-chuyen-y-kien.docx");
        try (OutputStream o = Files.newOutputStream(file)) {
            RoutingLetters.of(plan, routed).withTimestamp(at).render(Format.DOCX, o);
        }
        return file;
    }

    /** Every document of the dialogue, after the session and its follow-up. */
    static List<Path> write(Plan plan, DelegateList delegates, List<Invitation> invitations, SeatingPlan seating,
                            List<Question> questions, List<QuestionEvent> questionEvents,
                            ChairConclusions conclusions, List<ConclusionTask> tasks,
                            Path out) throws IOException {
        Instant stamp = KonTum2024.SESSION_DAY.plusDays(3).atTime(8, 0).atZone(KonTum2024.VIETNAM).toInstant();
        List<Path> written = new ArrayList<>(DocumentSet.builder(plan)
                .delegates(delegates)
                .invitations(invitations)
                .seating(seating)
                .questions(questions)
                .questionEvents(questionEvents)
                .conclusions(conclusions, tasks)
                .invitationContact("Bà Nguyễn Thị Thu, Ban Tổ chức Hội LHPN tỉnh, điện thoại 0260 3862 123")
                .conclusionNoticeIssuedBy("vp-ubnd", "VP")
                .conclusionNoticeSignedBy(new Signature(SigningAuthority.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
                        "Nguyễn Văn Hải")) // the Chief of Office of the example (a generated name)
                .timestamp(stamp)
                .formats(EnumSet.of(Format.DOCX, Format.PDF, Format.HTML))
                .build()
                .writeTo(out));
        // the report on the results to the People's Committee, with its charts, as the figures stand at year end
        Instant yearEnd = java.time.LocalDate.of(2024, 12, 31).atTime(17, 0).atZone(KonTum2024.VIETNAM).toInstant();
        ResultsReportDocument results = ResultsReportDocument.of(plan, questions, tasks, yearEnd)
                .issuedBy("hlhpn-tinh", "HLHPN").withTimestamp(stamp);
        for (Format format : List.of(Format.DOCX, Format.PDF, Format.HTML)) {
            Path file = out.resolve(DocumentKind.RESULTS_REPORT.fileName() + "." + format.extension());
            Documents.write(results.layout(), format, file);
            if (!written.contains(file)) {
                written.add(file);
            }
        }
        // the plan's milestone chart, alone (SVG) and on a landscape page (PDF)
        vn.dialogue.timeline.Timeline timeline = vn.dialogue.timeline.Timeline.of(plan,
                vn.dialogue.calendar.WorkingCalendar.vietnam());
        for (String name : List.of("moc-thoi-gian.svg", "moc-thoi-gian.pdf")) {
            Path file = out.resolve(name);
            vn.dialogue.examples.cli.MilestoneCharts.write(timeline, java.util.Locale.forLanguageTag("vi"), file);
            written.add(file);
        }
        return written;
    }
}
