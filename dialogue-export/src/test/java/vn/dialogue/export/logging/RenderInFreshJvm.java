package vn.dialogue.export.logging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import vn.dialogue.export.AttendanceWorkbook;
import vn.dialogue.export.Format;
import vn.dialogue.export.PlanDocument;
import vn.dialogue.export.SheetFormat;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.participant.DelegateList;
import vn.dialogue.plan.Plan;

/**
 * Run in a fresh JVM by {@link NoLog4jProviderNoiseTest}: renders the seed plan as DOCX and its attendance
 * workbook as XLSX (POI, which logs through the Log4j API), then prints the sizes.
 */
public final class RenderInFreshJvm {

    private RenderInFreshJvm() {
    }

    /**
     * Renders the documents.
     *
     * @param args none
     * @throws IOException if rendering fails
     */
    public static void main(String[] args) throws IOException {
        Plan plan = SeedParticipants.plan();
        DelegateList delegates = SeedParticipants.delegates(plan);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        PlanDocument.of(plan).render(Format.DOCX, docx);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        AttendanceWorkbook.of(plan, delegates, SeedParticipants.invitations(delegates)).render(SheetFormat.XLSX, xlsx);
        System.out.println("rendered " + docx.size() + " " + xlsx.size());
    }
}
