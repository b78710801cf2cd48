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

    @Property
    void guarded_text_never_starts_a_formula(@ForAll String text) {
        String guarded = FormulaGuard.forCsv(text);
        assertThat(FormulaGuard.isRisky(guarded)).isFalse();
        assertThat(guarded.endsWith(text)).isTrue();
    }
}
