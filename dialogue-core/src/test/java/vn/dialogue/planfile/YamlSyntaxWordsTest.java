package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** YAML syntax errors in plain words, Vietnamese first, at the line where the mistake starts. */
class YamlSyntaxWordsTest {

    private static final Path SEED = SeedPlans.konTum2024();

    private static Problem only(String yaml) {
        PlanFileException e = catchThrowableOfType(PlanFileException.class,
                () -> PlanFiles.read("plan.yaml", yaml, Format.YAML));
        assertThat(e).as("a problem for:\n" + yaml).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private static String seedLines(int line, String from, String to) throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SEED));
        assertThat(lines.get(line - 1)).contains(from);
        lines.set(line - 1, lines.get(line - 1).replace(from, to));
        return String.join("\n", lines) + "\n";
    }

    @Test
    void should_say_a_tab_indents_the_line_when_a_field_is_indented_by_a_tab() {
        // GIVEN a field of the identity indented by a tab WHEN read
        Problem p = only(MinimalPlanFile.YAML.replace("  type: KH", "\ttype: KH"));
        // THEN the tab's line is named, in both languages, and no parser jargon is left
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.path()).isEqualTo("identity");
        assertThat(p.message()).startsWith("dòng này có ký tự tab").contains("a tab character on this line")
                .doesNotContain("while scanning", "while parsing");
    }

    @Test
    void should_place_a_tab_of_the_seed_plan_at_its_line() throws Exception {
        // GIVEN the seed plan with the indent of line 11 typed as a tab WHEN read THEN line 11 is named
        Problem p = only(seedLines(11, "  symbol:", "\tsymbol:"));
        assertThat(p.line()).isEqualTo(11);
        assertThat(p.message()).contains("tab");
    }

    @Test
    void should_report_an_unclosed_quote_where_it_opens_when_the_reader_stumbles_a_hundred_lines_on()
            throws Exception {
        // GIVEN the seed plan with a quote opened and not closed on line 14 (the next quote is on line 130)
        Problem p = only(seedLines(14, "subject: Tổ chức", "subject: \"Tổ chức"));
        // WHEN/THEN the problem stands at line 14, at the quote, and says the quote is not closed
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.column()).isEqualTo(12);
        assertThat(p.path()).isEqualTo("identity.subject");
        assertThat(p.message()).startsWith("dấu ngoặc kép (\") mở ở đây không được đóng")
                .contains("the double quote (\") opened here is not closed on its line").contains("line 130");
    }

    @Test
    void should_report_a_quote_left_open_to_the_end_of_the_file_where_it_opens() {
        Problem p = only(MinimalPlanFile.YAML.replace("symbol: KH-UBND", "symbol: 'KH-UBND"));
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(11);
        assertThat(p.message()).contains("nháy đơn (') mở ở đây không được đóng").contains("never closed");
    }

    @Test
    void should_name_the_unclosed_bracket_and_where_it_opens() {
        Problem list = only(MinimalPlanFile.YAML + "theme: [a, b\n");
        assertThat(list.line()).isEqualTo(MinimalPlanFile.NEXT_LINE);
        assertThat(list.column()).isEqualTo(8);
        assertThat(list.message()).contains("'[' ở đây không được đóng bằng ']'");
        Problem block = only(MinimalPlanFile.YAML + "theme: {a: b\n");
        assertThat(block.message()).contains("not closed with '}'");
    }

    @Test
    void should_ask_for_quotes_when_a_value_holds_a_colon_or_starts_with_a_reserved_character() {
        Problem colon = only(MinimalPlanFile.YAML + "theme: Chủ trì: Chủ tịch\n");
        assertThat(colon.line()).isEqualTo(MinimalPlanFile.NEXT_LINE);
        assertThat(colon.message()).contains("dấu hai chấm").contains("put the value in double quotes");
        Problem at = only(MinimalPlanFile.YAML + "theme: @x\n");
        assertThat(at.message()).contains("không được bắt đầu bằng '@'").contains("cannot start with '@'");
    }

    @Test
    void should_say_the_indentation_is_wrong_when_a_list_item_stands_among_fields() {
        Problem p = only(MinimalPlanFile.YAML + "- item\n");
        assertThat(p.line()).isEqualTo(MinimalPlanFile.NEXT_LINE);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).startsWith("thụt lề sai").contains("a list item ('-')")
                .doesNotContain("<block end>");
    }

    @Test
    void should_count_lines_ended_by_cr_lf_when_finding_the_quote() {
        assertThat(YamlSyntax.offset("a\r\nbc\rd\ne", 2, 2)).isEqualTo(4);
        assertThat(YamlSyntax.offset("a\r\nbc\rd\ne", 3, 1)).isEqualTo(6);
        assertThat(YamlSyntax.offset("a\r\nbc\rd\ne", 4, 1)).isEqualTo(8);
        assertThat(YamlSyntax.offset("a", 3, 1)).isEqualTo(-1);
    }
}
