package vn.dialogue.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** {@link Actor}: who acts on the dialogue's records. */
class ActorTest {

    @Test
    void should_compose_and_strip_the_name_and_keep_the_ids_when_an_actor_is_made() {
        // GIVEN a name typed decomposed with spaces around it
        String name = Normalizer.normalize("  Nguyễn Thị Hoa ", Normalizer.Form.NFD);

        // WHEN the actor is made
        Actor actor = Actor.of("hoa.nt", name, "moderator", "hlhpn-tinh");

        // THEN the name is composed and stripped, the rest kept
        assertThat(actor.name()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(actor.id()).isEqualTo("hoa.nt");
        assertThat(actor.role()).isEqualTo("moderator");
        assertThat(actor.organisation()).isEqualTo("hlhpn-tinh");
        assertThat(Actor.of("hoa.nt", "Hoa", "moderator", null).organisation()).isNull();
    }

    @Test
    void should_refuse_an_invalid_id_role_or_organisation_when_an_actor_is_made() {
        assertThatThrownBy(() -> Actor.of("hoa nt", "Hoa", "moderator", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id 'hoa nt'");
        assertThatThrownBy(() -> Actor.of("hoa", "Hoa", "người điều hành", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role 'người điều hành'");
        assertThatThrownBy(() -> Actor.of("hoa", "Hoa", "moderator", "hội phụ nữ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisation 'hội phụ nữ'");
        assertThatThrownBy(() -> Actor.of("hoa", null, "moderator", null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
