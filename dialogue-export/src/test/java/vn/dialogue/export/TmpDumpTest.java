package vn.dialogue.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.SeedParticipants;

class TmpDumpTest {
    @Test
    void dump() throws Exception {
        var plan = SeedParticipants.plan();
        var d = SeedParticipants.delegates(plan);
        var s = SeedParticipants.seating(plan, d);
        Path dir = Path.of("/tmp/e2vis");
        Files.write(dir.resolve("chart.pdf"), Outputs.render(SeatingChartDocument.of(plan, s).layout(), Format.PDF));
        Files.write(dir.resolve("chart.docx"), Outputs.render(SeatingChartDocument.of(plan, s).layout(), Format.DOCX));
        Files.write(dir.resolve("cards.pdf"), Outputs.render(NameCardDocument.tableCards(plan, s).layout(), Format.PDF));
        Files.write(dir.resolve("cards.docx"), Outputs.render(NameCardDocument.tableCards(plan, s).layout(), Format.DOCX));
        Files.write(dir.resolve("cards.html"), Outputs.render(NameCardDocument.tableCards(plan, s).layout(), Format.HTML));
    }
}
