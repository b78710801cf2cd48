package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;

/**
 * Malformed plan files, each with the exact problems it gets: message, line, column and field. Deterministic
 * cases of what the fuzz test ({@link MalformedPlanFuzzTest}) explores at random.
 */
class PlanFileProblemsTest {

    private static final String MINIMAL = MinimalPlanFile.YAML;

    private static final String CANNOT_CARRY = ", which a plan file cannot carry; remove it (was the file saved as "
            + "text, in UTF-8?)";

    private static PlanFileException fail(String text, Format format) {
        String name = format == Format.JSON ? "plan.json" : "plan.yaml";
        return catchThrowableOfType(PlanFileException.class, () -> PlanFiles.read(name, text, format));
    }

    /** The English of a problem, after checking its Vietnamese is there and is not the English again. */
    static String english(Problem p) {
        assertThat(p.text().vi()).as("Vietnamese of %s", p).isNotBlank().isNotEqualTo(p.text().en());
        return p.text().en();
    }

    /** The English of a message, after checking its Vietnamese is there and is not the English again. */
    static String englishOf(vn.dialogue.text.Bilingual m) {
        assertThat(m.vi()).as("Vietnamese of %s", m).isNotBlank().isNotEqualTo(m.en());
        return m.en();
    }

    private static List<String> problems(String yaml) {
        return problems(yaml, Format.YAML);
    }

    private static List<String> problems(String text, Format format) {
        PlanFileException e = fail(text, format);
        assertThat(e).as("a problem was expected").isNotNull();
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + english(p))
                .toList();
    }

    @Test
    void should_name_the_choice_when_a_number_is_given_for_it() {
        // GIVEN/WHEN a status given as a number THEN the number is refused at its line
        assertThat(problems(MINIMAL + "status: 99\n")).containsExactly("8:1 status: 99 is not a valid value");
    }

    @Test
    void should_say_a_block_was_expected_when_a_text_is_given_for_it() {
        // GIVEN/WHEN the identity block given as a text THEN it says a block was expected
        assertThat(problems("id: p\nidentity: abc\n"))
                .containsExactly("2:1 identity: expected block of fields (DocumentIdentity) but found text");
        // AND a number or a true/false given for it is named as such
        assertThat(problems("id: p\nidentity: 5\n"))
                .containsExactly("2:1 identity: expected block of fields (DocumentIdentity) but found a number");
        assertThat(problems("id: p\nidentity: 1.5\n"))
                .containsExactly("2:1 identity: expected block of fields (DocumentIdentity) but found a number");
        assertThat(problems("id: p\nidentity: true\n"))
                .containsExactly("2:1 identity: expected block of fields (DocumentIdentity) but found true/false");
    }

    @Test
    void should_report_a_list_given_for_a_text_once_and_read_the_fields_after_it() {
        // GIVEN a subject given as a list, with a field after it in the same block and one after the block
        String yaml = MINIMAL.replace("subject: Đối thoại", "subject: [a, b]\n  signer: x") + "status: DRAFT\n";
        // WHEN/THEN only the list is reported (the rest of it is not read as further fields), and the unknown
        // field after it is found at its own line
        assertThat(problems(yaml)).containsExactly("7:3 identity.subject: expected text but found a list",
                "8:3 identity.signer: unknown field 'signer'; expected one of: coIssuers, issueDate, issuer, number, parentBody, "
                        + "place, subject, symbol, type");
    }

    @Test
    void should_refuse_a_number_longer_than_twenty_characters_at_its_line() {
        // GIVEN a number of 21 digits, and one of 20
        String yaml = MINIMAL + "sessions:\n  - id: s1\n    participants: ";
        // WHEN/THEN the first is refused for its length, the second is not
        assertThat(problems(yaml + "123456789012345678901\n")).containsExactly(
                "10:19 sessions[0].participants: a number is 21 characters long; plan files allow at most 20");
        assertThat(problems(yaml + "12345678901234567890\n")).noneMatch(p -> p.contains("characters long"));
    }

    @Test
    void should_list_a_syntax_error_with_the_problems_found_before_it() {
        // GIVEN a field given twice, then broken syntax
        // WHEN/THEN both are reported, each at its line
        assertThat(problems(MINIMAL + "id: q\nfoo: [\n")).containsExactly(
                "8:1 id: duplicate field 'id': given twice in the same block (first on line 1)",
                "9:6 foo: the file ends before the value that starts here is finished (a closing ']', '}' or "
                        + "quote is missing)");
        assertThat(fail(MINIMAL + "id: q\nfoo: [\n", Format.YAML).problems()).extracting(p -> p.text().vi()).containsExactly(
                "trường 'id' được ghi hai lần trong cùng một khối (lần đầu ở dòng 1)",
                "tệp kết thúc khi giá trị bắt đầu ở đây chưa xong (thiếu dấu đóng ']', '}' hoặc dấu ngoặc kép)");
    }

    @Test
    void should_count_lines_ended_by_any_line_break_when_placing_a_bad_character() {
        // GIVEN a control character on the third line, the lines ended by CR LF and by CR alone
        // WHEN/THEN it is placed at line 3, column 4
        assertThat(problems("id: p\r\nx: y\rz: \u0007\n"))
                .containsExactly("3:4 : the file holds the control character U+0007" + CANNOT_CARRY);
        assertThat(problems("id: p\r\rz: \u0007\n"))
                .containsExactly("3:4 : the file holds the control character U+0007" + CANNOT_CARRY);
    }

    @Test
    void should_report_a_bad_character_at_the_very_start_of_the_file() {
        // GIVEN/WHEN/THEN a control character as the first character is reported at 1:1
        assertThat(problems("\u0007id: p\n"))
                .containsExactly("1:1 : the file holds the control character U+0007" + CANNOT_CARRY);
    }

    @Test
    void should_list_ten_bad_characters_at_most() {
        // GIVEN twelve control characters WHEN/THEN the first ten are listed
        List<String> found = problems("id: p\n" + "\u0001".repeat(12) + "\n");
        assertThat(found).hasSize(10);
        assertThat(found.get(9)).startsWith("2:10 : the file holds the control character U+0001");
    }

    @Test
    void should_refuse_delete_and_the_last_c1_control_but_not_a_no_break_space() {
        // GIVEN/WHEN/THEN the edges of the refused ranges
        assertThat(TokenScan.badAt("a\u007F", 0)).isEqualTo(1);
        assertThat(TokenScan.badAt("a\u009F", 0)).isEqualTo(1);
        assertThat(TokenScan.badAt("a \u00A0\u007E\t", 0)).isEqualTo(-1);
        assertThat(TokenScan.badAt("\u001F", 0)).isZero();
        assertThat(problems(MINIMAL + "status: a\u007Fb\n"))
                .containsExactly("8:10 : the file holds the control character U+007F" + CANNOT_CARRY);
    }

    @Test
    void should_refuse_a_control_character_written_as_an_escape_in_a_field_name() {
        // GIVEN/WHEN/THEN a JSON field name with an escaped bell is refused at the name
        assertThat(problems("{\"id\":\"p\",\"na\\u0007me\":1}", Format.JSON)).containsExactly(
                "1:11 na\u0007me: the field name holds the control character U+0007 at character 3; remove it "
                        + "(write a line break as a real new line)");
    }

    @Test
    void should_stop_listing_after_a_hundred_problems_and_say_where() {
        // GIVEN a field given 106 times
        StringBuilder yaml = new StringBuilder("id: p\n");
        for (int i = 0; i < 105; i++) {
            yaml.append("id: q").append(i).append('\n');
        }
        // WHEN/THEN a hundred are listed, then a note just after the last one's place
        List<String> found = problems(yaml.toString());
        assertThat(found).hasSize(101);
        assertThat(found.get(99)).isEqualTo("101:1 id: duplicate field 'id': given twice in the same block (first on line 1)");
        assertThat(found.get(100)).isEqualTo("102:2 : more than 100 such problems; the rest are not listed");
    }

    @Test
    void should_list_problems_in_line_order_when_found_in_another_order() {
        // GIVEN two blocks given empty text, the later field of the plan first in the file
        // WHEN/THEN both are reported, in the order of their lines
        assertThat(problems("id: p\nformat: ''\nidentity: ''\n")).containsExactly(
                "2:1 format: expected block of fields (DialogueFormat) but found empty text",
                "3:1 identity: expected block of fields (DocumentIdentity) but found empty text");
    }

    @Test
    void should_read_a_file_with_a_byte_order_mark_and_refuse_an_empty_one() {
        // GIVEN/WHEN a file starting with a byte-order mark THEN it is read
        assertThat(PlanFiles.read("plan.yaml", "\uFEFF" + MINIMAL, Format.YAML).id()).isEqualTo("p");
        // AND an empty file is refused, naming the file
        PlanFileException e = fail("", Format.YAML);
        assertThat(e.file()).isEqualTo("plan.yaml");
        assertThat(e.getMessage()).isEqualTo("1 lỗi trong tệp plan.yaml / 1 problem in plan.yaml:\n"
                + "  plan.yaml: tệp trống / the file is empty");
        assertThat(fail("\uFEFF", Format.YAML).problems()).singleElement()
                .satisfies(p -> assertThat(p.text().en()).isEqualTo("the file is empty"));
        assertThat(fail("id: p\nformat: ''\nidentity: ''\n", Format.YAML).getMessage())
                .startsWith("2 lỗi trong tệp plan.yaml / 2 problems in plan.yaml:\n");
    }

    @Test
    void should_read_a_file_of_exactly_the_largest_size_and_refuse_one_character_more() {
        // GIVEN a plan padded with comments to exactly the largest size
        StringBuilder text = new StringBuilder(MINIMAL);
        String pad = "# " + "x".repeat(97) + "\n";
        while (text.length() + pad.length() <= PlanFiles.MAX_DOCUMENT_CHARS) {
            text.append(pad);
        }
        text.append("#".repeat(PlanFiles.MAX_DOCUMENT_CHARS - text.length() - 1)).append('\n');
        assertThat(text).hasSize(PlanFiles.MAX_DOCUMENT_CHARS);
        // WHEN/THEN it is read, and one more character is refused, saying how large it is
        assertThat(PlanFiles.read("plan.yaml", text.toString(), Format.YAML).id()).isEqualTo("p");
        assertThat(problems(text + "\n")).containsExactly(
                "0:0 : the file is too large: 4194305 characters, the limit is 4194304");
    }

    @Test
    void should_find_a_document_type_by_its_name_and_write_it_back_by_its_abbreviation() {
        // GIVEN a plan whose type is given by its name, in lower case
        Plan plan = PlanFiles.read("plan.yaml", MINIMAL.replace("type: KH", "type: kế hoạch"), Format.YAML);
        // WHEN/THEN it is the plan type, written back as KH
        assertThat(plan.identity().type().abbreviation()).isEqualTo("KH");
        assertThat(PlanFiles.write(plan, Format.YAML)).contains("type: KH\n");
        // AND a letter, which has no abbreviation, is written by its name
        Plan letter = PlanFiles.read("plan.yaml", MINIMAL.replace("type: KH", "type: công văn"), Format.YAML);
        assertThat(letter.identity().type().isLetter()).isTrue();
        assertThat(PlanFiles.write(letter, Format.YAML)).contains("type: Công văn\n");
    }

    @Test
    void should_describe_the_schema_of_any_plan_family_file_with_its_title_and_choices() {
        // GIVEN/WHEN the schema of the plan THEN a choice lists its allowed values
        assertThat(PlanSchema.json()).contains("\"DRAFT\"", "\"ISSUED\"");
        // AND the schema of another root carries the given title
        assertThat(PlanSchema.json(Plan.class, "Một tiêu đề")).contains("Một tiêu đề").contains("\"DRAFT\"");
    }

    @Test
    void should_report_the_syntax_error_that_ended_the_scan() {
        // GIVEN/WHEN a JSON syntax error THEN the scan keeps the exception and the problem at its place
        TokenScan scan = TokenScan.of("{\"id\":\"p\",,}", PlanFiles.mapper(Format.JSON));
        assertThat(scan.syntax()).isNotNull();
        assertThat(scan.syntaxProblem()).isNotNull();
        assertThat(scan.syntaxProblem().line()).isEqualTo(1);
        assertThat(scan.syntaxProblem().column()).isEqualTo(11);
        assertThat(scan.syntaxProblem().message().en()).startsWith("Unexpected character (',' (code 44))");
        assertThat(scan.syntaxProblem().message().vi()).startsWith("lỗi cú pháp: Unexpected character");
        assertThat(scan.problems()).isEmpty();
    }
}
