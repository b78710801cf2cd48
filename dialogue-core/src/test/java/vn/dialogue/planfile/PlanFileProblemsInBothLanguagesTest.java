package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.dialogue.text.Bilingual;

/**
 * A plan file's problems are said in Vietnamese first, English beside, each naming the file, the line and the
 * field: one bad file per kind of problem, with both languages written out.
 */
class PlanFileProblemsInBothLanguagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static Problem only(String yaml) {
        PlanFileException e = catchThrowableOfType(PlanFileException.class,
                () -> PlanFiles.read("ke-hoach.yaml", yaml, Format.YAML));
        assertThat(e).as("a problem was expected").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void an_unknown_field_is_named_in_both_languages_at_its_line() {
        Problem p = only(MinimalPlanFile.YAML + "colour: red\n");
        assertThat(p.format(VI)).isEqualTo("ke-hoach.yaml:8:1: colour: không có trường 'colour' ở đây; các trường có "
                + "thể dùng: " + p.text().en().substring(p.text().en().indexOf(": ") + 2));
        assertThat(p.text().en()).startsWith("unknown field 'colour'; expected one of: ").contains("identity");
        assertThat(p.toString()).startsWith("ke-hoach.yaml:8:1: colour: không có trường 'colour' ở đây")
                .contains(" / unknown field 'colour'");
    }

    @Test
    void a_bad_choice_lists_the_allowed_values_in_both_languages() {
        Problem p = only(MinimalPlanFile.YAML + "status: SIGNED\n");
        assertThat(p.path()).isEqualTo("status");
        assertThat(p.line()).isEqualTo(MinimalPlanFile.NEXT_LINE);
        assertThat(p.text()).isEqualTo(Bilingual.of("'SIGNED' không phải là giá trị hợp lệ; giá trị cho phép: DRAFT, ISSUED",
                "'SIGNED' is not a valid value; allowed: DRAFT, ISSUED"));
    }

    @Test
    void a_missing_required_field_is_named_in_both_languages() {
        Problem p = only("id: p\nidentity:\n  type: KH\n  symbol: KH-UBND\n  issueDate: 2024-10\n  subject: Đối thoại\n");
        assertThat(p.path()).isEqualTo("identity.issuer");
        assertThat(p.text()).isEqualTo(Bilingual.of("thiếu trường bắt buộc 'issuer'", "required field 'issuer' is missing"));
    }

    @Test
    void a_wrong_kind_of_value_says_what_was_expected_and_found_in_both_languages() {
        Problem p = only(MinimalPlanFile.YAML + "sessions: một buổi\n");
        assertThat(p.path()).isEqualTo("sessions");
        assertThat(p.text()).isEqualTo(Bilingual.of("cần danh sách nhưng gặp văn bản", "expected list but found text"));
    }

    @Test
    void a_duplicate_field_an_alias_and_a_tag_are_said_in_both_languages() {
        Problem twice = only(MinimalPlanFile.YAML + "id: q\n");
        assertThat(twice.format(VI)).isEqualTo("ke-hoach.yaml:8:1: id: trường 'id' được ghi hai lần trong cùng một khối "
                + "(lần đầu ở dòng 1)");
        assertThat(twice.format(Locale.ENGLISH)).isEqualTo("ke-hoach.yaml:8:1: id: duplicate field 'id': given twice in "
                + "the same block (first on line 1)");
        Problem alias = only(MinimalPlanFile.YAML + "theme: &t Bình đẳng\naudience: *t\n");
        assertThat(alias.text()).isEqualTo(Bilingual.of("'*t' là bí danh YAML (alias); tệp kế hoạch không mở rộng bí "
                + "danh: hãy viết đầy đủ giá trị", "'*t' is a YAML alias; plan files do not expand aliases: write the "
                + "value out in full"));
        Problem tag = only(MinimalPlanFile.YAML + "theme: !!binary aGVsbG8=\n");
        assertThat(tag.text()).isEqualTo(Bilingual.of("thẻ YAML '!!binary' không được dùng trong tệp kế hoạch; hãy bỏ nó",
                "the YAML tag '!!binary' is not supported in plan files; remove it"));
    }

    @Test
    void the_exception_lists_every_problem_vietnamese_first() {
        PlanFileException e = catchThrowableOfType(PlanFileException.class,
                () -> PlanFiles.read("ke-hoach.yaml", MinimalPlanFile.YAML + "id: q\ntheme: !!binary aGVsbG8=\n", Format.YAML));
        List<String> lines = e.getMessage().lines().toList();
        assertThat(lines.get(0)).isEqualTo("2 lỗi trong tệp ke-hoach.yaml / 2 problems in ke-hoach.yaml:");
        assertThat(lines.get(1)).startsWith("  ke-hoach.yaml:8:1: id: trường 'id' được ghi hai lần")
                .contains(" / duplicate field 'id'");
        assertThat(lines.get(2)).startsWith("  ke-hoach.yaml:9:8: theme: thẻ YAML '!!binary' không được dùng")
                .contains(" / the YAML tag '!!binary' is not supported in plan files");
    }

    @Test
    void another_kind_of_yaml_file_is_named_as_its_kind_in_both_languages() {
        Bilingual kind = Bilingual.of("tệp thông báo ngày nghỉ", "notice file");
        PlanFileException e = catchThrowableOfType(PlanFileException.class,
                () -> YamlFiles.check("vn-2027.yaml", "a: 1\n---\nb: 2\n", kind));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(Bilingual.of(
                "tệp thông báo ngày nghỉ chỉ chứa một tài liệu YAML; ở đây bắt đầu một tài liệu (hoặc giá trị) thứ hai",
                "a notice file holds one document; another document or value starts here")));
    }
}
