package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;

/**
 * Every parser limit of {@link PlanFiles} holds at its value, and one past it ends in a {@link PlanFileException}
 * that names the file, the line and the limit in plain words.
 */
class PlanFileLimitsTest {

    private static final String MINIMAL = MinimalPlanFile.YAML;
    private static final int NEXT_LINE = MinimalPlanFile.NEXT_LINE;

    private static PlanFileException fail(String text, Format format) {
        PlanFileException e = catchThrowableOfType(PlanFileException.class,
                () -> PlanFiles.read(format == Format.JSON ? "plan.json" : "plan.yaml", text, format));
        assertThat(e).as("a PlanFileException").isNotNull();
        return e;
    }

    private static PlanFileException fail(String yaml) {
        return fail(yaml, Format.YAML);
    }

    private static String json(String theme) {
        return "{\"id\": \"p\", \"identity\": {\"issuer\": \"ubnd\", \"type\": \"KH\", \"symbol\": \"KH-UBND\","
                + " \"issueDate\": \"2024-10\", \"subject\": \"Đối thoại\"},\n\"theme\": " + theme + "}";
    }

    @Nested
    class TextLength {

        @Test
        void should_read_a_text_value_when_it_is_exactly_at_the_limit() {
            String theme = "ư".repeat(PlanFiles.MAX_STRING_CHARS);
            assertThat(PlanFiles.read("plan.yaml", MINIMAL + "theme: " + theme + "\n", Format.YAML).theme())
                    .hasSize(PlanFiles.MAX_STRING_CHARS);
        }

        @Test
        void should_name_the_line_and_limit_when_a_text_value_is_one_past_it() {
            PlanFileException e = fail(MINIMAL + "theme: " + "x".repeat(PlanFiles.MAX_STRING_CHARS + 1) + "\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.path()).isEqualTo("theme");
                assertThat(p.text().en()).isEqualTo("a text value is 65537 characters long; plan files allow at most "
                        + "65536 characters per value");
            });
        }

        @Test
        void should_name_the_line_and_limit_when_a_json_text_value_is_past_it() {
            PlanFileException e = fail(json("\"" + "x".repeat(PlanFiles.MAX_STRING_CHARS + 1) + "\""), Format.JSON);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("plan files allow at most 65536 characters per value");
            });
        }
    }

    @Nested
    class Nesting {

        @Test
        void should_report_a_wrong_type_not_a_limit_when_nesting_is_exactly_at_the_limit() {
            // the plan itself is level 1, so the theme may hold limit - 1 levels
            int depth = PlanFiles.MAX_NESTING - 1;
            PlanFileException e = fail(MINIMAL + "theme: " + "{a: ".repeat(depth - 1) + "[]" + "}".repeat(depth - 1)
                    + "\n");
            assertThat(e.problems()).singleElement()
                    .satisfies(p -> assertThat(p.text().en()).isEqualTo("expected text but found a block of fields"));
        }

        @Test
        void should_name_the_line_and_limit_when_nesting_is_one_past_it() {
            int depth = PlanFiles.MAX_NESTING;
            PlanFileException e = fail(MINIMAL + "theme: " + "{a: ".repeat(depth - 1) + "[]" + "}".repeat(depth - 1)
                    + "\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.text().en()).isEqualTo("blocks and lists nest 41 levels deep here; plan files allow at "
                        + "most 40 levels");
            });
        }

        @Test
        void should_stop_at_the_limit_when_nesting_is_a_hundred_thousand_deep() {
            int depth = 100_000;
            PlanFileException yaml = fail(MINIMAL + "theme: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth));
            PlanFileException json = fail(json("{\"a\": ".repeat(depth) + "1" + "}".repeat(depth)), Format.JSON);
            assertThat(yaml.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("41 levels"));
            assertThat(json.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("41 levels"));
        }
    }

    @Nested
    class DocumentSize {

        @Test
        void should_refuse_a_file_over_the_limit_before_parsing_it() {
            String big = MINIMAL + "# " + "x".repeat(PlanFiles.MAX_DOCUMENT_CHARS) + "\n";
            PlanFileException e = fail(big);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isZero();
                assertThat(p.text().en()).startsWith("the file is too large: ").endsWith("the limit is 4194304");
            });
        }

        @Test
        void should_refuse_ten_megabytes_of_bytes_as_too_large() {
            byte[] bytes = ("theme: " + "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
            PlanFileException e = catchThrowableOfType(PlanFileException.class,
                    () -> PlanFiles.read("plan.yaml", bytes, Format.YAML));
            assertThat(e.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("too large"));
        }

        @Test
        void should_stop_the_parser_at_the_document_limit_when_the_mapper_is_used_directly() {
            // defence in depth: PlanFiles checks the size first, the parser enforces the same limit itself
            String big = "a: " + "x".repeat(PlanFiles.MAX_DOCUMENT_CHARS + 10) + "\n";
            assertThatThrownBy(() -> PlanFiles.mapper(Format.YAML).readTree(big))
                    .isInstanceOf(tools.jackson.core.JacksonException.class)
                    .hasMessageContaining("exceeds the maximum allowed (" + PlanFiles.MAX_DOCUMENT_CHARS);
        }

        @Test
        void should_set_the_yaml_engine_limits_explicitly() {
            org.snakeyaml.engine.v2.api.LoadSettings settings = ((tools.jackson.dataformat.yaml.YAMLFactory)
                    PlanFiles.mapper(Format.YAML).tokenStreamFactory()).rebuild().loadSettings();
            assertThat(settings.getCodePointLimit()).isEqualTo(PlanFiles.MAX_DOCUMENT_CHARS);
            assertThat(settings.getMaxAliasesForCollections()).isEqualTo(PlanFiles.MAX_ALIASES).isZero();
            assertThat(settings.getAllowRecursiveKeys()).isFalse();
            assertThat(settings.getAllowDuplicateKeys()).isFalse();
        }
    }

    @Nested
    class NumbersAndNames {

        @Test
        void should_name_the_line_and_limit_when_a_number_is_too_long() {
            String yaml = MINIMAL + "attendance:\n  - venue: v\n    expected: {about: " + "9".repeat(21) + "}\n";
            PlanFileException e = fail(yaml);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE + 2);
                assertThat(p.path()).isEqualTo("attendance[0].expected.about");
                assertThat(p.text().en()).isEqualTo("a number is 21 characters long; plan files allow at most 20");
            });
        }

        @Test
        void should_name_the_limit_when_a_number_is_as_long_as_a_text_value_may_be() {
            String yaml = MINIMAL + "registry: {levels: [{id: l, name: n, rank: " + "9".repeat(65_536) + "}]}\n";
            assertThat(fail(yaml).problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("registry.levels[0].rank");
                assertThat(p.text().en()).isEqualTo("a number is 65536 characters long; plan files allow at most 20");
            });
        }

        @Test
        void should_report_an_out_of_range_number_in_words_without_code_quotes() {
            PlanFileException e = fail(MINIMAL + "attendance:\n  - venue: v\n    expected: {about: 99999999999}\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE + 2);
                assertThat(p.message()).contains("99999999999").contains("out of range").doesNotContain("`");
            });
        }

        @Test
        void should_name_the_limit_when_a_field_name_is_too_long() {
            PlanFileException e = fail(MINIMAL + "x".repeat(PlanFiles.MAX_NAME_CHARS + 1) + ": 1\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.text().en()).isEqualTo("a field name is 257 characters long; plan files allow at most 256");
            });
        }
    }

    @Nested
    class Aliases {

        @Test
        void should_refuse_an_alias_at_its_line_rather_than_read_its_name_as_the_value() {
            String yaml = MINIMAL.replace("subject: Đối thoại", "subject: &s Đối thoại") + "theme: *s\n";
            PlanFileException e = fail(yaml);
            assertThat(PlanFiles.MAX_ALIASES).isZero();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.column()).isEqualTo(8);
                assertThat(p.path()).isEqualTo("theme");
                assertThat(p.text().en()).isEqualTo("'*s' is a YAML alias; plan files do not expand aliases: write the "
                        + "value out in full");
            });
        }

        @Test
        void should_list_at_most_a_hundred_problems_when_a_billion_laughs_file_is_read() {
            StringBuilder yaml = new StringBuilder("lol0: &lol0 [lol]\n");
            for (int i = 1; i <= 30; i++) {
                yaml.append("lol").append(i).append(": &lol").append(i).append(" [")
                        .append(("*lol" + (i - 1) + ", ").repeat(8)).append("*lol").append(i - 1).append("]\n");
            }
            PlanFileException e = fail(yaml.toString());
            assertThat(e.problems()).hasSize(TokenScan.MAX_PROBLEMS + 1);
            assertThat(e.problems().get(0).message()).contains("'*lol0' is a YAML alias");
            assertThat(e.problems().get(0).line()).isEqualTo(2);
            assertThat(e.problems()).last()
                    .satisfies(p -> assertThat(p.text().en()).isEqualTo("more than 100 such problems; the rest are not listed"));
        }

        @Test
        void should_keep_a_value_when_it_only_carries_an_anchor() {
            Plan plan = PlanFiles.read("plan.yaml", MINIMAL + "theme: &t Bình đẳng giới\n", Format.YAML);
            assertThat(plan.theme()).isEqualTo("Bình đẳng giới");
        }
    }

    @Nested
    class Characters {

        @Test
        void should_refuse_an_escaped_control_character_at_its_line() {
            PlanFileException e = fail(MINIMAL + "theme: \"Bình\\x07đẳng\"\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.text().en()).isEqualTo("the text holds the control character U+0007 at character 5; "
                        + "remove it (write a line break as a real new line)");
            });
        }

        @Test
        void should_refuse_a_raw_control_character_at_its_line_and_column() {
            PlanFileException e = fail(MINIMAL + "theme: Bình\u0000đẳng\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.column()).isEqualTo(12);
                assertThat(p.text().en()).startsWith("the file holds the control character U+0000");
            });
        }

        @Test
        void should_refuse_unpaired_surrogates_and_non_characters_and_next_line() {
            assertThat(fail(MINIMAL + "theme: \"a\\uD800\"\n").problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("unpaired surrogate U+D800"));
            assertThat(fail(json("\"\\uFFFF\""), Format.JSON).problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("non-character U+FFFF"));
            assertThat(fail(MINIMAL + "theme: \"a\\Nb\"\n").problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("control character U+0085"));
        }

        @Test
        void should_read_tabs_line_breaks_and_paired_surrogates_in_text() {
            Plan plan = PlanFiles.read("plan.yaml", MINIMAL + "theme: \"a\\tb\\nc 😀\"\n", Format.YAML);
            assertThat(plan.theme()).isEqualTo("a\tb\nc 😀");
        }
    }

    @Nested
    class Structure {

        @Test
        void should_refuse_an_unsupported_tag_at_its_line() {
            PlanFileException e = fail(MINIMAL + "theme: !!binary aGVsbG8=\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.text().en()).isEqualTo("the YAML tag '!!binary' is not supported in plan files; remove it");
            });
            assertThat(fail(MINIMAL + "theme: !custom x\n").problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("'!custom'"));
        }

        @Test
        void should_read_core_tags() {
            assertThat(PlanFiles.read("plan.yaml", MINIMAL + "theme: !!str 2024\n", Format.YAML).theme())
                    .isEqualTo("2024");
        }

        @Test
        void should_name_both_lines_when_a_field_is_given_twice() {
            PlanFileException e = fail(MINIMAL + "theme: a\naudience: b\ntheme: c\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE + 2);
                assertThat(p.path()).isEqualTo("theme");
                assertThat(p.text().en()).isEqualTo("duplicate field 'theme': given twice in the same block (first on "
                        + "line 8)");
            });
        }

        @Test
        void should_refuse_a_second_document_at_its_line() {
            PlanFileException e = fail(MINIMAL + "---\nid: q\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE + 1);
                assertThat(p.text().en()).isEqualTo("a plan file holds one plan; another document or value starts here");
            });
        }

        @Test
        void should_say_what_a_yaml_syntax_error_is_on_a_line_that_says_something() {
            PlanFileException e = fail(MINIMAL + "theme: x\n!  - a\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isPositive();
                assertThat(p.message()).isNotBlank();
            });
        }

        @Test
        void should_say_a_block_was_expected_when_it_is_given_as_empty_text() {
            PlanFileException e = fail(MINIMAL + "registry: \"\"\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.path()).isEqualTo("registry");
                assertThat(p.text().en()).isEqualTo("expected block of fields (Registry) but found empty text");
            });
        }

        @Test
        void should_say_a_list_entry_block_was_expected_when_it_is_given_as_empty_text() {
            PlanFileException e = fail(MINIMAL + "registry:\n  organisations:\n    - ''\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).startsWith("registry");
                assertThat(p.text().en()).isEqualTo("expected block of fields (Organisation) but found empty text");
            });
        }

        @Test
        void should_say_the_file_holds_nothing_when_it_holds_only_comments() {
            PlanFileException e = fail("# chỉ có chú thích\n---\n");
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .isEqualTo("tệp chỉ có chú thích hoặc dấu tài liệu, không có nội dung / the file holds nothing but "
                            + "comments or document markers"));
        }

        @Test
        void should_refuse_a_list_inside_a_list_rather_than_read_it_out_of_step() {
            PlanFileException e = fail(MINIMAL + "purposes: [[một, hai], ba]\ntheme: x\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(NEXT_LINE);
                assertThat(p.path()).isEqualTo("purposes[0]");
                assertThat(p.text().en()).isEqualTo("a list inside a list: write the items in one list");
            });
        }

        @Test
        void should_name_an_empty_list_entry_instead_of_an_internal_error() {
            PlanFileException e = fail(MINIMAL + "venues:\n  -\n");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("venues[0]");
                assertThat(p.text()).isEqualTo(ConstructionProblems.EMPTY_ENTRY);
                assertThat(p.line()).isEqualTo(NEXT_LINE + 1);
            });
        }
    }
}
