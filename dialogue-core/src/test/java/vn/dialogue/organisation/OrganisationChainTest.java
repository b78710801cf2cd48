package vn.dialogue.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The chain of organisations a department belongs to, which routing letters and signatures walk. */
class OrganisationChainTest {

    private final Registry registry = new Registry(List.of(), List.of(), List.of(
            new Organisation("ubnd", "Ủy ban nhân dân tỉnh", "UBND tỉnh", null, null, null),
            new Organisation("so-noi-vu", "Sở Nội vụ", null, null, null, "ubnd"),
            new Organisation("phong-tccb", "Phòng Tổ chức cán bộ", null, null, null, "so-noi-vu"),
            new Organisation("mo-coi", "Phòng mồ côi", null, null, null, "khong-co"),
            new Organisation("a", "A", null, null, null, "b"),
            new Organisation("b", "B", null, null, null, "a")));

    @Test
    void should_walk_from_a_department_up_to_the_top_when_every_parent_is_known() {
        assertThat(registry.organisationChain("phong-tccb")).extracting(Organisation::id)
                .containsExactly("phong-tccb", "so-noi-vu", "ubnd");
        assertThat(registry.organisationChain("ubnd")).extracting(Organisation::name).containsExactly("Ủy ban nhân dân tỉnh");
    }

    @Test
    void should_stop_at_an_unknown_parent_or_a_cycle_and_be_empty_for_an_unknown_id() {
        assertThat(registry.organisationChain("mo-coi")).extracting(Organisation::id).containsExactly("mo-coi");
        assertThat(registry.organisationChain("a")).extracting(Organisation::id).containsExactly("a", "b");
        assertThat(registry.organisationChain("khong-co")).isEmpty();
    }

    @Test
    void should_find_organisations_by_id_when_built() {
        assertThat(registry.organisation("so-noi-vu")).map(Organisation::name).hasValue("Sở Nội vụ");
        assertThat(registry.hasOrganisation("phong-tccb")).isTrue();
        assertThat(registry.hasOrganisation("khong-co")).isFalse();
        assertThat(registry.organisationName("ubnd")).isEqualTo("Ủy ban nhân dân tỉnh");
    }
}
