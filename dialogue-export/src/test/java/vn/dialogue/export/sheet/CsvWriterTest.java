package vn.dialogue.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.create().write(sheet, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_quote_fields_and_neutralise_formulas_with_an_apostrophe() throws IOException {
        Sheet sheet = new Sheet("Ý kiến", List.of("STT", "Nội dung"), List.of(
                List.of(SheetCell.number(1), SheetCell.text("=cmd|' /C calc'!A0")),
                List.of(SheetCell.number(2), SheetCell.text("Ý kiến, \"kiến nghị\"\nhai dòng")),
                List.of(SheetCell.number(-3), SheetCell.text("- gạch đầu dòng"))));
        String csv = write(sheet);
        assertThat(csv).isEqualTo("\uFEFFSTT,Nội dung\r\n"
                + "1,'=cmd|' /C calc'!A0\r\n"
                + "2,\"Ý kiến, \"\"kiến nghị\"\"\nhai dòng\"\r\n"
                + "-3,'- gạch đầu dòng\r\n");
    }

    @Property(tries = 300)
    void a_csv_read_back_gives_every_cell_as_written_with_formulas_neutralised(
            @ForAll List<@net.jqwik.api.constraints.StringLength(max = 12) String> texts) throws IOException {
        // GIVEN a sheet of arbitrary texts (commas, quotes, line breaks, formula starts) WHEN written
        List<List<SheetCell>> rows = texts.stream().map(t -> List.<SheetCell>of(SheetCell.number(1),
                SheetCell.text(t))).toList();
        String csv = write(new Sheet("s", List.of("STT", "=Nội dung"), rows));
        // THEN reading it back as RFC 4180 gives the header and each text, guarded, cell for cell
        List<List<String>> read = new java.util.ArrayList<>();
        try (tools.jackson.databind.MappingIterator<List<String>> it = tools.jackson.dataformat.csv.CsvMapper
                .builder().enable(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY).build()
                .readerFor(List.class).readValues(csv.substring(1))) {
            it.forEachRemaining(read::add);
        }
        assertThat(csv).startsWith("\uFEFF");
        assertThat(read.get(0)).containsExactly("STT", FormulaGuard.forCsv("=Nội dung"));
        assertThat(read).hasSize(texts.size() + 1);
        for (int i = 0; i < texts.size(); i++) {
            // the cell holds the text in NFC, as every cell does
            String cell = ((SheetCell.Text) rows.get(i).get(1)).value();
            assertThat(read.get(i + 1)).containsExactly("1", FormulaGuard.forCsv(cell));
        }
    }

    @Property
    void guarded_text_never_starts_a_formula(@ForAll String text) {
        String guarded = FormulaGuard.forCsv(text);
        assertThat(FormulaGuard.isRisky(guarded)).isFalse();
        assertThat(guarded.endsWith(text)).isTrue();
    }
}
