package vn.dialogue.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.plan.Task;
import vn.dialogue.planfile.SeedPlans;
import vn.dialogue.venue.Venue;

/** {@link NextYear} on the seed's tasks, session week and places, rule by rule. */
class NextYearTasksAndPlacesTest {

    private final Plan seed = SeedPlans.loadKonTum2024();

    private static List<Task> tasks(Plan plan) {
        return plan.implementation().parts().stream().flatMap(p -> p.assignments().stream())
                .flatMap(a -> a.tasks().stream()).toList();
    }

    @Test
    void should_keep_the_first_week_when_the_session_is_on_the_seventh() {
        // GIVEN a session on Thursday 7/11/2024, the first Thursday of the month
        Plan plan = seed.withSessions(List.of(Session.on("doi-thoai", LocalDate.of(2024, 11, 7), PartOfDay.MORNING)));
        // WHEN moved to 2025 THEN it is the first Thursday of November 2025
        assertThat(NextYear.into(2025).from(plan).plan().sessions().get(0).date()).isEqualTo(LocalDate.of(2025, 11, 6));
        // and the 14th (second Thursday) stays in the second week
        Plan second = seed.withSessions(List.of(Session.on("doi-thoai", LocalDate.of(2024, 11, 14), PartOfDay.MORNING)));
        assertThat(NextYear.into(2025).from(second).plan().sessions().get(0).date()).isEqualTo(LocalDate.of(2025, 11, 13));
    }

    @Test
    void should_note_every_task_whose_deadline_moved_and_no_task_without_one() {
        // WHEN the seed moves to 2025
        NextYear.Result result = NextYear.into(2025).from(seed);
        List<Task> before = tasks(seed);
        List<Task> after = tasks(result.plan());
        assertThat(after).hasSameSizeAs(before);
        int moved = 0;
        for (int i = 0; i < before.size(); i++) {
            Task old = before.get(i);
            Task now = after.get(i);
            String prefix = "task " + old.id() + ": ";
            DeadlineRule was = old.deadline();
            if (was == null) {
                assertThat(now.deadline()).isNull();
                assertThat(result.notes()).noneMatch(n -> n.startsWith(prefix));
                continue;
            }
            assertThat(now.deadline()).as(old.id()).isNotNull();
            if (was instanceof FixedDeadline fixed) {
                assertThat(((FixedDeadline) now.deadline()).date().getYear()).isEqualTo(fixed.date().getYear() + 1);
            }
            if (!was.equals(now.deadline())) {
                moved++;
                assertThat(result.notes()).contains(prefix + was.describe().vi() + " -> " + now.deadline().describe().vi());
            } else {
                assertThat(result.notes()).noneMatch(n -> n.startsWith(prefix));
            }
        }
        assertThat(moved).isPositive();
        assertThat(result.notes()).filteredOn(n -> n.startsWith("task ")).hasSize(moved);
    }

    @Test
    void should_take_the_remapping_s_venues_and_bridge_points_when_it_gives_them() {
        // GIVEN a remapping with a new venue list and no bridge points (a one-hall dialogue)
        Venue hall = seed.venues().get(0);
        Remapping mapping = new Remapping(null, Map.of(), Map.of(), List.of(), null, List.of(hall), List.<BridgePoint>of(),
                null, null);
        // WHEN
        Plan next = NextYear.into(2025).remappedBy(mapping).from(seed).plan();
        // THEN
        assertThat(next.venues()).containsExactly(hall);
        assertThat(next.format()).isNotNull();
        assertThat(next.format().bridgePoints()).isEmpty();
        assertThat(seed.format().bridgePoints()).isNotEmpty();
        // and without them, the old ones are kept
        Remapping none = new Remapping(null, Map.of(), Map.of(), List.of(), null, null, null, null, null);
        Plan kept = NextYear.into(2025).remappedBy(none).from(seed).plan();
        assertThat(kept.format().bridgePoints()).isEqualTo(seed.format().bridgePoints());
        assertThat(kept.venues()).hasSameSizeAs(seed.venues());
    }
}
