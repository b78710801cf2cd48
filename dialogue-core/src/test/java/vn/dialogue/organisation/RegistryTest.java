package vn.dialogue.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegistryTest {

    private static final List<AdministrativeLevel> THREE_LEVELS = List.of(new AdministrativeLevel("province", "tỉnh", 1),
            new AdministrativeLevel("district", "huyện", 2), new AdministrativeLevel("commune", "xã", 3));

    @Test
    void should_walk_the_parent_chain_in_three_levels_and_in_two() {
        Registry y2024 = new Registry(THREE_LEVELS, List.of(
                new AdministrativeUnit("kt", "tỉnh Kon Tum", "Kon Tum", "province", null),
                new AdministrativeUnit("dh", "huyện Đăk Hà", null, "district", "kt"),
                new AdministrativeUnit("tt", "thị trấn Đăk Hà", null, "commune", "dh")), List.of());
        assertThat(y2024.unitChain("tt")).extracting(AdministrativeUnit::id).containsExactly("tt", "dh", "kt");
        Registry y2026 = new Registry(List.of(THREE_LEVELS.get(0), new AdministrativeLevel("commune", "xã", 2)),
                List.of(new AdministrativeUnit("qn", "tỉnh Quảng Ngãi", null, "province", null),
                        new AdministrativeUnit("dh", "xã Đăk Hà", null, "commune", "qn")), List.of());
        assertThat(y2026.unitChain("dh")).extracting(AdministrativeUnit::id).containsExactly("dh", "qn");
        assertThat(y2026.unitsAtLevel("commune")).hasSize(1);
        assertThat(y2026.childUnits("qn")).extracting(AdministrativeUnit::name).containsExactly("xã Đăk Hà");
    }

    @Test
    void should_stop_at_a_cycle_instead_of_looping() {
        Registry cyclic = new Registry(THREE_LEVELS, List.of(new AdministrativeUnit("a", "A", null, "commune", "b"),
                new AdministrativeUnit("b", "B", null, "district", "a")), List.of());
        assertThat(cyclic.unitChain("a")).extracting(AdministrativeUnit::id).containsExactly("a", "b");
        assertThat(cyclic.unitChain("zzz")).isEmpty();
    }

    @Test
    void should_reject_duplicate_ids_and_bad_keys() {
        assertThatThrownBy(() -> new Registry(THREE_LEVELS, List.of(), List.of(
                new Organisation("x", "X", null, null, null, null), new Organisation("x", "Y", null, null, null, null))))
                .hasMessageContaining("duplicate organisation id 'x'");
        assertThatThrownBy(() -> new Organisation("sở nội vụ", "Sở Nội vụ", null, null, null, null))
                .hasMessageContaining("is not a valid id");
        assertThatThrownBy(() -> new Organisation("x", " ", null, null, null, null)).hasMessageContaining("blank");
    }

    @Test
    void should_name_organisations_and_fall_back_to_the_id() {
        Registry r = new Registry(List.of(), List.of(), List.of(new Organisation("ubnd", "Ủy ban nhân dân tỉnh",
                "UBND tỉnh", null, null, null)));
        assertThat(r.organisationName("ubnd")).isEqualTo("Ủy ban nhân dân tỉnh");
        assertThat(r.organisationName("missing")).isEqualTo("missing");
        assertThat(r.organisation("ubnd").get().displayShortName()).isEqualTo("UBND tỉnh");
    }
}
