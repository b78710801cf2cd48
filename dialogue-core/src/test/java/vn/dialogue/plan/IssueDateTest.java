package vn.dialogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IssueDateTest {

    @Test
    void should_parse_year_month_and_full_dates() {
        assertThat(IssueDate.parse("2024").month()).isNull();
        assertThat(IssueDate.parse("2024-10")).isEqualTo(new IssueDate(2024, 10, null));
        assertThat(IssueDate.parse("2024-10-05").toLocalDate()).contains(LocalDate.of(2024, 10, 5));
        assertThat(IssueDate.parse("2024-10").isComplete()).isFalse();
        assertThat(IssueDate.parse("2024-10").toString()).isEqualTo("2024-10");
    }

    @Test
    void should_reject_impossible_dates_saying_why() {
        assertThatThrownBy(() -> IssueDate.parse("2024-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-02-30 is not a date");
        assertThatThrownBy(() -> IssueDate.parse("5/10/2024")).hasMessageContaining("write 2024, 2024-10 or 2024-10-05");
        assertThatThrownBy(() -> new IssueDate(2024, null, 5)).hasMessageContaining("a day needs a month");
        assertThatThrownBy(() -> new IssueDate(2024, 13, null)).hasMessageContaining("month 13");
    }
}
