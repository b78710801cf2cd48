package vn.dialogue.timeline;

import java.time.LocalDate;
import java.util.List;

import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.plan.Assignment;
import vn.dialogue.plan.Implementation;
import vn.dialogue.plan.ImplementationPart;
import vn.dialogue.plan.PartOfDay;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Session;
import vn.dialogue.planfile.SeedPlans;

/** The seed plan, and copies of it with other deadlines or session days, for timeline tests. */
final class Plans {

    static final Plan SEED = SeedPlans.loadKonTum2024();

    static final String UNION = "tong-hop-y-kien-phu-nu";
    static final String COMPILE = "tong-hop-chuyen-co-quan";
    static final String DOCUMENTS = "tham-muu-tai-lieu";

    private Plans() {
    }

    /** {@code plan} with the deadline of task {@code taskId} replaced. */
    static Plan withDeadline(Plan plan, String taskId, DeadlineRule rule) {
        List<ImplementationPart> parts = plan.implementation().parts().stream()
                .map(part -> new ImplementationPart(part.title(), part.assignments().stream()
                        .map(a -> new Assignment(a.owners(), a.heading(), a.lead(), a.tasks().stream()
                                .map(t -> t.id().equals(taskId) ? t.withDeadline(rule) : t).toList()))
                        .toList()))
                .toList();
        return plan.withImplementation(new Implementation(parts, plan.implementation().closing()));
    }

    /** {@code plan} with its session fixed on {@code day}. */
    static Plan withSessionOn(Plan plan, LocalDate day) {
        return plan.withSessions(List.of(Session.on(plan.sessions().get(0).id(), day, PartOfDay.MORNING)));
    }
}
