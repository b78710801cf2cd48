package vn.dialogue.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.dialogue.plan.Plan;
import vn.dialogue.plan.PlannedTask;

/**
 * Every task has an owner and deliverables, and a unique id. Codes: {@code TASK_OWNER_MISSING},
 * {@code TASK_DELIVERABLES_MISSING}, {@code TASK_ID_DUPLICATE}.
 */
final class TaskRule implements PlanRule {

    @Override
    public List<Finding> check(Plan plan) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PlannedTask t : plan.tasks()) {
            if (t.owners().isEmpty()) {
                out.add(Finding.error("TASK_OWNER_MISSING", t.path(),
                        "Nhiệm vụ '" + t.id() + "' chưa có đơn vị chủ trì.",
                        "Task '" + t.id() + "' has no owner."));
            }
            if (t.task().deliverables().isEmpty()) {
                out.add(Finding.warning("TASK_DELIVERABLES_MISSING", t.path() + ".deliverables",
                        "Nhiệm vụ '" + t.id() + "' chưa nêu sản phẩm, kết quả.",
                        "Task '" + t.id() + "' states no deliverables."));
            }
            if (!seen.add(t.id())) {
                out.add(Finding.error("TASK_ID_DUPLICATE", t.path() + ".id",
                        "Mã nhiệm vụ '" + t.id() + "' bị trùng.", "Task id '" + t.id() + "' is used twice."));
            }
        }
        return out;
    }
}
