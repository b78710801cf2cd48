package vn.dialogue.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Topic;
import vn.dialogue.venue.Venue;
import vn.dialogue.venue.VenueKind;

class IdentityRuleTest {

    @Test
    void should_report_duplicate_ids() {
        Topic t = new Topic("t1", "A", List.of(), List.of());
        Plan plan = PlanFixtures.issued().topics(List.of(t, t)).build();
        assertThat(PlanFixtures.check(new IdentityRule(), plan).errors()).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("topics[1].id"));
    }

    @Test
    void should_warn_when_venue_kinds_are_swapped() {
        Plan plan = PlanFixtures.issued().venues(List.of(
                new Venue("hall", "Hội trường", VenueKind.ONLINE, "qn", null, 300, null),
                new Venue("room", "Phòng", VenueKind.IN_PERSON, "x1", null, 40, null))).build();
        assertThat(PlanFixtures.check(new IdentityRule(), plan).warnings()).extracting(Finding::code)
                .containsExactly("BRIDGE_POINT_IN_PERSON", "MAIN_VENUE_ONLINE");
        assertThat(PlanFixtures.check(new IdentityRule(), PlanFixtures.issued().build()).findings()).isEmpty();
    }
}
