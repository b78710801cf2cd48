package vn.dialogue.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void should_spot_a_mobile_or_landline_number_whose_leading_zero_was_dropped() {
        assertThat(PhoneNumbers.lostLeadingZero("905123456")).isTrue(); // 0905 123 456
        assertThat(PhoneNumbers.lostLeadingZero("845123456")).isTrue(); // 0845 123 456, a VinaPhone number
        assertThat(PhoneNumbers.lostLeadingZero("2603862345")).isTrue(); // 0260 386 2345, a landline
        assertThat(PhoneNumbers.lostLeadingZeroProblem("905123456")).isNotNull()
                .extracting(Bilingual::vi).asString().startsWith("Số điện thoại thiếu số 0 ở đầu");
    }

    @Test
    void should_leave_numbers_written_in_full_and_other_text_alone() {
        for (String fine : new String[] {"0905123456", "02603862345", "+84905123456", "84905123456", "0905 123 456",
                "90512345", "9051234567", "3051234567", "90512345a", "", "hong@example.vn", "012345678"}) {
            assertThat(PhoneNumbers.lostLeadingZero(fine)).as(fine).isFalse();
            assertThat(PhoneNumbers.lostLeadingZeroProblem(fine)).as(fine).isNull();
        }
    }
}
