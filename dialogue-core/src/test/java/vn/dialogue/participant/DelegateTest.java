package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.DelegateRole;

class DelegateTest {

    private static Delegate.Builder hoa() {
        return Delegate.builder("lê-thi-hoa".replace("ê", "e"), PersonName.parse("Lê Thị Hoa"), Gender.FEMALE,
                "phu-nu", "hoi-truong", DelegateRole.PARTICIPANT);
    }

    @Test
    void should_keep_text_as_written_and_blank_as_absent_when_built() {
        Delegate d = hoa().title(" Chủ tịch Hội ").ethnicity("").phone("0905 123 456").build();
        assertThat(d.title()).isEqualTo("Chủ tịch Hội");
        assertThat(d.ethnicity()).isNull();
        assertThat(d.phone()).isEqualTo("0905 123 456");
        assertThat(d.fullName()).isEqualTo("Lê Thị Hoa");
    }

    @Test
    void should_reject_a_phone_that_is_not_a_number_when_built() {
        assertThatThrownBy(() -> hoa().phone("090 abc").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
        assertThatThrownBy(() -> hoa().phone("12345").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 digits");
    }

    @Test
    void should_reject_an_email_without_at_and_a_bad_id_when_built() {
        assertThatThrownBy(() -> hoa().email("hoa.gmail.com").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hoa().id("lê thị").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_tell_an_ethnic_minority_from_the_majority_ignoring_case() {
        assertThat(hoa().ethnicity("Xơ Đăng").build().isEthnicMinority("Kinh")).isTrue();
        assertThat(hoa().ethnicity("kinh").build().isEthnicMinority("Kinh")).isFalse();
        assertThat(hoa().build().isEthnicMinority("Kinh")).isFalse();
    }

    @Test
    void should_be_equal_when_values_are_equal_and_copy_with_changes() {
        Delegate d = hoa().build();
        assertThat(d).isEqualTo(hoa().build());
        assertThat(d.withVenue("dak-glei").venue()).isEqualTo("dak-glei");
        assertThat(d.withRole(DelegateRole.PRESS)).isNotEqualTo(d);
    }

    @Test
    void should_reject_a_repeated_id_when_a_list_is_made() {
        assertThatThrownBy(() -> DelegateList.of(hoa().build(), hoa().title("x").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void should_read_gender_and_role_names_as_lists_write_them() {
        assertThat(Gender.parse(" nữ ")).contains(Gender.FEMALE);
        assertThat(Gender.parse("Nam")).contains(Gender.MALE);
        assertThat(Gender.parse("x")).isEmpty();
        assertThat(RoleNames.parse("khách mời")).contains(DelegateRole.INVITED);
        assertThat(RoleNames.parse("Chủ trì")).contains(DelegateRole.CHAIR);
        assertThat(RoleNames.parse("master of ceremonies")).contains(DelegateRole.MASTER_OF_CEREMONIES);
        assertThat(RoleNames.parse("giám khảo")).isEmpty();
    }
}
