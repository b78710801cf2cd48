package vn.dialogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.CompositionTarget.Trait;
import vn.dialogue.planfile.SeedPlans;

/** The edges of the plan's value types: the smallest and largest values accepted, and their text forms. */
class PlanValueEdgesTest {

    private final Plan seed = SeedPlans.loadKonTum2024();

    @Test
    void should_accept_zero_and_equal_bounds_and_refuse_below_when_stating_a_headcount() {
        assertThat(Headcount.exactly(0).nominal()).isZero();
        assertThat(Headcount.between(5, 5).lowest()).isEqualTo(5);
        assertThatThrownBy(() -> Headcount.exactly(-1)).hasMessage("a headcount cannot be negative, was -1");
        assertThatThrownBy(() -> Headcount.between(6, 5)).hasMessage("min 6 is above max 5");
        assertThat(new Headcount(null, null, 7, null).nominal()).isEqualTo(7);
        assertThat(new Headcount(null, null, null, 9).nominal()).isEqualTo(9);
        assertThat(new Headcount(null, null, null, 9).lowest()).isZero();
        assertThat(new Headcount(null, null, 7, null).lowest()).isEqualTo(7);
        assertThat(new Headcount(null, null, 7, null).highest()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void should_write_each_form_in_vietnamese_when_a_headcount_is_printed() {
        assertThat(Headcount.exactly(3).toVietnamese()).isEqualTo("03");
        assertThat(Headcount.about(200).toVietnamese()).isEqualTo("khoảng 200");
        assertThat(Headcount.between(10, 20).toVietnamese()).isEqualTo("từ 10 đến 20");
        assertThat(new Headcount(null, null, 10, null).toVietnamese()).isEqualTo("ít nhất 10");
        assertThat(new Headcount(null, null, null, 20).toVietnamese()).isEqualTo("tối đa 20");
    }

    @Test
    void should_add_up_the_lines_when_every_line_of_a_group_states_a_count() {
        DelegateGroup exact = new DelegateGroup("g", null, DelegateRole.INVITED, List.of(
                new GroupMember("A", null, List.of(), Headcount.exactly(3)),
                new GroupMember("B", null, List.of(), Headcount.exactly(4))), null, null, null);
        assertThat(exact.effectiveExpected()).isEqualTo(Headcount.exactly(7));
        DelegateGroup approximate = new DelegateGroup("g", null, DelegateRole.INVITED, List.of(
                new GroupMember("A", null, List.of(), Headcount.exactly(3)),
                new GroupMember("B", null, List.of(), Headcount.about(20))), null, null, null);
        assertThat(approximate.effectiveExpected()).isEqualTo(Headcount.about(23));
        DelegateGroup open = new DelegateGroup("g", null, DelegateRole.INVITED, List.of(
                new GroupMember("A", null, List.of(), Headcount.exactly(3)),
                new GroupMember("B", null, List.of(), null)), null, null, null);
        assertThat(open.effectiveExpected()).isNull();
    }

    @Test
    void should_accept_the_edges_of_an_issue_date_and_print_it_as_parsed() {
        assertThat(new IssueDate(1900, 1, 1)).hasToString("1900-01-01");
        assertThat(new IssueDate(2999, 12, 31)).hasToString("2999-12-31");
        assertThatThrownBy(() -> new IssueDate(1899, null, null)).hasMessage("year 1899 is out of range 1900-2999");
        assertThatThrownBy(() -> new IssueDate(3000, null, null)).hasMessage("year 3000 is out of range 1900-2999");
        assertThatThrownBy(() -> new IssueDate(2024, 0, null)).hasMessage("month 0 is out of range 1-12");
        assertThatThrownBy(() -> new IssueDate(2024, 13, null)).hasMessage("month 13 is out of range 1-12");
        assertThat(IssueDate.parse("2024-10")).hasToString("2024-10");
        assertThat(IssueDate.parse("2024")).hasToString("2024");
    }

    @Test
    void should_refuse_a_document_number_below_one_and_an_agenda_item_of_no_minutes() {
        DocumentIdentity id = seed.identity();
        assertThat(new DocumentIdentity(id.issuer(), null, id.type(), 1, id.symbol(), id.place(), id.issueDate(),
                id.subject()).number()).isEqualTo(1);
        assertThatThrownBy(() -> new DocumentIdentity(id.issuer(), null, id.type(), 0, id.symbol(), id.place(),
                id.issueDate(), id.subject())).hasMessage("document number must be at least 1, was 0");
        assertThat(new AgendaItem("a", "Khai mạc", null, 1, null, List.of(), null).minutes()).isEqualTo(1);
        assertThatThrownBy(() -> new AgendaItem("a", "Khai mạc", null, 0, null, List.of(), null))
                .hasMessage("agenda item a: minutes must be positive, was 0");
        assertThat(new AgendaItem("a", "Khai mạc", null, null, null, null, null).agencies()).isEmpty();
        assertThat(new DocumentType("", "Công văn").name()).isEqualTo("Công văn");
        assertThatThrownBy(() -> new DocumentType("KH", " ")).hasMessage("document type name is blank");
    }

    @Test
    void should_check_a_composition_targets_bounds_and_print_who_it_counts() {
        assertThat(CompositionTarget.atLeast("a", 0, Trait.WOMAN).atLeast()).isZero();
        assertThat(CompositionTarget.atLeastPercent("p", 0, Trait.WOMAN).atLeastPercent()).isZero();
        assertThat(CompositionTarget.atLeastPercent("p", 100, Trait.WOMAN).atLeastPercent()).isEqualTo(100);
        assertThatThrownBy(() -> CompositionTarget.atLeastPercent("p", 101, Trait.WOMAN))
                .hasMessage("target p: atLeastPercent must be 0 to 100, was 101");
        assertThatThrownBy(() -> CompositionTarget.atLeastPercent("p", -1, Trait.WOMAN))
                .hasMessage("target p: atLeastPercent must be 0 to 100, was -1");
        assertThatThrownBy(() -> CompositionTarget.atLeast("a", -1, Trait.WOMAN))
                .hasMessage("target a: atLeast cannot be negative, was -1");
        assertThat(new CompositionTarget("k", null, null, List.of(Trait.WOMAN), 3, null, "Kinh").effectiveMajority())
                .isEqualTo("Kinh");
        assertThatThrownBy(() -> new CompositionTarget("k", null, null, List.of(Trait.WOMAN), 3, null, " "))
                .hasMessage("target k: majorityEthnicity is blank");
        assertThat(CompositionTarget.atLeast("m", 5, Trait.MAN).toVietnamese()).isEqualTo("nam: ít nhất 5");
        assertThat(CompositionTarget.atLeast("d", 5, Trait.ETHNIC_MINORITY).toVietnamese())
                .isEqualTo("đại biểu dân tộc thiểu số: ít nhất 5");
        assertThat(CompositionTarget.atLeastPercent("w", 30, Trait.WOMAN, Trait.ETHNIC_MINORITY).toVietnamese())
                .isEqualTo("phụ nữ dân tộc thiểu số: ít nhất 30%");
        assertThat(CompositionTarget.atLeast("m", 5, Trait.MAN).toEnglish()).isEqualTo("men: at least 5");
        assertThat(CompositionTarget.atLeast("d", 5, Trait.ETHNIC_MINORITY).toEnglish())
                .isEqualTo("ethnic-minority delegates: at least 5");
        assertThat(CompositionTarget.atLeastPercent("w", 30, Trait.WOMAN).toString()).isEqualTo("w (women: at least 30%)");
    }

    @Test
    void should_take_the_year_from_the_issue_date_else_the_first_session_else_zero() {
        assertThat(seed.year()).isEqualTo(2024);
        DocumentIdentity id = seed.identity();
        DocumentIdentity undated = new DocumentIdentity(id.issuer(), id.parentBody(), id.type(), id.number(),
                id.symbol(), id.place(), null, id.subject());
        Plan later = seed.toBuilder().identity(undated)
                .sessions(List.of(Session.on("s", LocalDate.of(2025, 3, 1), PartOfDay.MORNING))).build();
        assertThat(later.year()).isEqualTo(2025);
        assertThat(seed.toBuilder().identity(undated).sessions(List.of()).build().year()).isZero();
    }

    @Test
    void should_find_a_topic_and_a_session_by_id_when_the_plan_has_them() {
        assertThat(seed.topic("chinh-sach")).get().extracting(Topic::id).isEqualTo("chinh-sach");
        assertThat(seed.topic("khong-co")).isEmpty();
        assertThat(seed.session("doi-thoai")).get().extracting(Session::id).isEqualTo("doi-thoai");
        assertThat(seed.session("khong-co")).isEmpty();
    }

    @Test
    void should_require_a_day_or_month_that_agree_when_making_a_session() {
        assertThatThrownBy(() -> new Session("s", null, null, PartOfDay.MORNING, null, null))
                .hasMessage("session s: give a date or an expected month");
        assertThat(new Session("s", null, YearMonth.of(2024, 11), null, null, null).partOfDay())
                .isEqualTo(PartOfDay.UNSPECIFIED);
        assertThat(new Session("s", LocalDate.of(2024, 11, 5), YearMonth.of(2024, 11), PartOfDay.MORNING, null, null)
                .date()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThatThrownBy(() -> new Session("s", LocalDate.of(2024, 11, 5), YearMonth.of(2024, 12),
                PartOfDay.MORNING, null, null)).hasMessage("session s: date 2024-11-05 is not in month 2024-12");
        assertThat(new Session("s", LocalDate.of(2024, 11, 5), null, PartOfDay.MORNING, LocalTime.of(8, 0),
                LocalTime.of(11, 0)).end()).isEqualTo(LocalTime.of(11, 0));
    }
}
