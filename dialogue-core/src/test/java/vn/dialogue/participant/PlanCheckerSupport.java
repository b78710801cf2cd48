package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.List;

import vn.dialogue.check.Finding;
import vn.dialogue.check.PlanChecker;
import vn.dialogue.check.PlanRule;
import vn.dialogue.check.Severity;
import vn.dialogue.plan.Plan;

/** Runs only this package's rules and keeps warnings and errors. */
final class PlanCheckerSupport {

    private PlanCheckerSupport() {
    }

    static List<Finding> delegateFindings(Plan plan, DelegateList list) {
        List<Finding> out = new ArrayList<>();
        for (PlanRule rule : DelegateChecks.rules(list)) {
            out.addAll(PlanChecker.of(rule).check(plan).findings());
        }
        return out.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }
}
