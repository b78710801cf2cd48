package vn.dialogue.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.export.Format;
import vn.dialogue.export.InvitationDocument;
import vn.dialogue.export.PlanCalendar;
import vn.dialogue.export.PlanDocument;
import vn.dialogue.export.ProgrammeDocument;
import vn.dialogue.export.delegates.DelegateSpreadsheets;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.participant.Invitation;
import vn.dialogue.plan.Plan;
import vn.dialogue.seating.SeatingPlan;

/** Writes the example's documents with the export module; returns the files written, in order. */
final class ExampleDocuments {

    private ExampleDocuments() {
    }

    static List<Path> write(Plan plan, DelegateList delegates, List<Invitation> invitations, SeatingPlan seating,
                            Path out) throws IOException {
        Instant stamp = KonTum2024.SESSION_DAY.minusDays(30).atStartOfDay(KonTum2024.VIETNAM).toInstant();
        List<Path> written = new ArrayList<>();
        PlanDocument planDocument = PlanDocument.of(plan).withTimestamp(stamp);
        ProgrammeDocument programme = ProgrammeDocument.of(plan).withTimestamp(stamp);
        InvitationDocument invitation = InvitationDocument.of(plan).withTimestamp(stamp);
        for (Format format : List.of(Format.DOCX, Format.PDF, Format.HTML)) {
            String ext = "." + format.name().toLowerCase(java.util.Locale.ROOT);
            written.add(render(out.resolve("ke-hoach" + ext), o -> planDocument.render(format, o)));
            written.add(render(out.resolve("chuong-trinh" + ext), o -> programme.render(format, o)));
        }
        Path invitationsFile = out.resolve("giay-moi.docx");
        invitation.writeMerged(invitation.inviteesFromDelegateList(), invitationsFile);
        written.add(invitationsFile);
        written.add(render(out.resolve("lich.ics"), o -> PlanCalendar.of(plan,
                DeadlineContext.of(WorkingCalendar.vietnam()), stamp).write(o)));
        Path list = out.resolve("danh-sach-dai-bieu.xlsx");
        DelegateSpreadsheets.write(plan, delegates, list);
        written.add(list);
        return written;
    }

    private interface Render {
        void to(OutputStream out) throws IOException;
    }

    private static Path render(Path file, Render render) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            render.to(o);
        }
        return file;
    }
}
