package vn.dialogue.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** {@link Venue} and {@link OnlineRoom}: what a plan may say about a hall or a bridge point, and what it may not. */
class VenueTest {

    private static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void should_keep_every_field_in_nfc_when_a_bridge_point_is_typed_decomposed() {
        // GIVEN an online room and an address typed on a keyboard that decomposes Vietnamese
        OnlineRoom room = new OnlineRoom(decomposed("Hệ thống hội nghị truyền hình"), decomposed("Phòng số 2"),
                "https://meet.example/abc", decomposed("Viễn thông Kon Tum"));

        // WHEN the venue is made
        Venue venue = new Venue("dau-cau-dak-ha", decomposed(" Hội trường huyện Đăk Hà "), VenueKind.ONLINE,
                "dak-ha", decomposed("Thị trấn Đăk Hà"), 40, room);

        // THEN the text is composed, the name stripped, and nothing else changed
        assertThat(venue.name()).isEqualTo("Hội trường huyện Đăk Hà");
        assertThat(venue.address()).isEqualTo("Thị trấn Đăk Hà");
        assertThat(venue.kind()).isEqualTo(VenueKind.ONLINE);
        assertThat(venue.unit()).isEqualTo("dak-ha");
        assertThat(venue.capacity()).isEqualTo(40);
        assertThat(venue.onlineRoom()).isEqualTo(new OnlineRoom("Hệ thống hội nghị truyền hình", "Phòng số 2",
                "https://meet.example/abc", "Viễn thông Kon Tum"));
        assertThat(room.system()).isEqualTo("Hệ thống hội nghị truyền hình");
        assertThat(room.room()).isEqualTo("Phòng số 2");
        assertThat(room.provider()).isEqualTo("Viễn thông Kon Tum");
    }

    @Test
    void should_default_to_in_person_and_accept_unknown_optional_fields_when_the_plan_omits_them() {
        // WHEN a venue is given only an id and a name
        Venue venue = new Venue("hoi-truong", "Hội trường Ngọc Linh", null, null, null, null, null);

        // THEN it is a hall with nothing else known
        assertThat(venue.kind()).isEqualTo(VenueKind.IN_PERSON);
        assertThat(venue.unit()).isNull();
        assertThat(venue.address()).isNull();
        assertThat(venue.capacity()).isNull();
        assertThat(venue.onlineRoom()).isNull();
        assertThat(new OnlineRoom(null, null, null, null).link()).isNull();
    }

    @Test
    void should_accept_a_room_of_zero_seats_but_refuse_a_negative_capacity_when_the_plan_gives_one() {
        assertThat(new Venue("v", "Phòng chờ", VenueKind.IN_PERSON, null, null, 0, null).capacity()).isZero();

        assertThatThrownBy(() -> new Venue("v", "Phòng chờ", VenueKind.IN_PERSON, null, null, -1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("venue v: capacity cannot be negative, was -1");
    }

    @Test
    void should_refuse_a_blank_name_a_null_name_or_a_bad_id_when_the_plan_gives_one() {
        assertThatThrownBy(() -> new Venue("v", "   ", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("venue v: name is blank");
        assertThatNullPointerException().isThrownBy(() -> new Venue("v", null, null, null, null, null, null))
                .withMessage("name");
        assertThatThrownBy(() -> new Venue("bad id", "Hội trường", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 'bad id' is not a valid id");
        assertThatThrownBy(() -> new Venue("v", "Hội trường", null, "xã ngọc", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit 'xã ngọc' is not a valid id");
    }
}
