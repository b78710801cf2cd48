package vn.dialogue.intake;

import java.util.List;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dialogue.question.Fixtures.PLAN;

import vn.dialogue.question.Channel;
import vn.dialogue.question.Fixtures;

/** A contact phone whose leading 0 a spreadsheet dropped is reported on its row; every other contact is kept. */
class SubmissionTableLostLeadingZeroTest {

    private static final Channel BRANCH = Channel.unionBranch("hlhpn-tinh", "province");

    @Test
    void should_report_the_row_when_the_contact_is_a_phone_without_its_leading_zero() {
        // GIVEN four rows: a number cell that lost its 0, then a phone, an e-mail and an address as written
        SubmissionImport in = SubmissionTable.read(PLAN, List.of(
                List.of("Ngày nhận", "Họ và tên", "Điện thoại", "Nội dung"),
                List.of("20/11/2024", "Y Hoa Niê", "912345678", "Câu một"),
                List.of("20/11/2024", "H'Lan", "0912 345 678", "Câu hai"),
                List.of("20/11/2024", "Rơ Châm Hồng", "hong@example.vn", "Câu ba"),
                List.of("20/11/2024", "Nay Bích", "thôn 2, xã Ia Chim", "Câu bốn")), SubmissionTable.Defaults.of(BRANCH));
        // THEN the first row is reported with its column, value and fix; the others are kept as written
        assertThat(in.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("Điện thoại");
            assertThat(e.value()).isEqualTo("912345678");
            assertThat(e.message().en()).startsWith("phone '912345678' has lost its leading 0");
        });
        assertThat(in.submissions()).extracting(s -> s.asker().contact())
                .containsExactly("0912 345 678", "hong@example.vn", "thôn 2, xã Ia Chim");
    }
}
