package vn.dialogue.planfile;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of a deadline, as {@link DeadlineRuleFormat} reads it: exactly one of its forms, each with only its own
 * keys, and optionally {@code follows}. Written by hand because the model's deadline is an interface the reader
 * spells in a format of its own; the generator places it where a deadline stands.
 */
final class DeadlineSchema {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String DATE = "^\\s*\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\s*$";
    static final String MILESTONE = "^\\s*(?:(?:session|receipt)(?::[^\\s:]+)?|task:[^\\s:]+)\\s*$";
    static final String FOLLOWS_ITEM = "^\\s*(?:(?:session|receipt|task):[^\\s:]+|[^\\s:]+)\\s*$";

    private DeadlineSchema() {
    }

    static ObjectNode of() {
        ObjectNode node = F.objectNode();
        node.put("type", "object");
        ArrayNode forms = node.putArray("oneOf");
        forms.add(form("before", text(DATE, "Hạn: trước ngày này (YYYY-MM-DD).\n\nDue before this day "
                + "(YYYY-MM-DD).", "2024-10-29")));
        forms.add(form("byEndOf", text(DATE, "Hạn: hết ngày này (YYYY-MM-DD).\n\nDue by the end of this day "
                + "(YYYY-MM-DD).", "2024-11-14")));
        for (String unit : List.of("days", "workingDays")) {
            for (String direction : List.of("before", "after")) {
                ObjectNode f = form(unit, F.objectNode().put("type", "integer").put("minimum", 0)
                        .put("description", (unit.equals("days") ? "Số ngày" : "Số ngày làm việc") + " "
                                + (direction.equals("before") ? "trước" : "sau") + " mốc.\n\n"
                                + (unit.equals("days") ? "Days" : "Working days") + " " + direction
                                + " the milestone.")
                        .set("examples", F.arrayNode().add(5)));
                f.withObject("properties").set(direction, milestone());
                f.withArray("required").add(direction);
                forms.add(f);
            }
        }
        ObjectNode statutory = form("within", within());
        statutory.withObject("properties").set("from", milestone());
        statutory.withObject("properties").set("law", text("\\S", "Văn bản luật quy định thời hạn.\n\n"
                + "The law that sets the period.", "Luật Tiếp công dân 2013, Điều 28"));
        statutory.withArray("required").add("from").add("law");
        forms.add(statutory);
        return node;
    }

    /** One form: its key, required, and follows; nothing else. */
    private static ObjectNode form(String key, ObjectNode value) {
        ObjectNode f = F.objectNode();
        f.put("additionalProperties", false);
        ObjectNode p = f.putObject("properties");
        p.set(key, value);
        p.set("follows", follows());
        f.putArray("required").add(key);
        return f;
    }

    private static ObjectNode text(String pattern, String description, String example) {
        ObjectNode t = F.objectNode().put("type", "string").put("pattern", pattern).put("description", description);
        t.set("examples", F.arrayNode().add(example));
        return t;
    }

    private static ObjectNode milestone() {
        return text(MILESTONE, "Mốc: session (phiên đối thoại), task:<mã nhiệm vụ>, receipt (ngày nhận), "
                + "session:<mã> hoặc receipt:<mã>.\n\nMilestone: session, task:<task id>, receipt, session:<id> "
                + "or receipt:<id>.", "session");
    }

    private static ObjectNode follows() {
        ObjectNode item = F.objectNode().put("type", "string").put("pattern", FOLLOWS_ITEM);
        ObjectNode f = F.objectNode();
        f.set("anyOf", F.arrayNode().add(F.objectNode().put("type", "array").set("items", item)).add(item.deepCopy()));
        f.put("description", "Các nhiệm vụ (mã) hoặc mốc phải xong trước.\n\nTasks (ids) or milestones that must "
                + "be done first.");
        f.set("examples", F.arrayNode().add(F.arrayNode().add("tong-hop-cau-hoi")));
        return f;
    }

    private static ObjectNode within() {
        ObjectNode w = F.objectNode().put("type", "object").put("minProperties", 1).put("maxProperties", 1)
                .put("additionalProperties", false);
        ObjectNode units = w.putObject("properties");
        for (String unit : List.of("days", "workingDays", "weeks", "months", "years")) {
            units.putObject(unit).put("type", "integer").put("minimum", 1);
        }
        w.put("description", "Thời hạn luật định: một đơn vị và số lượng, ví dụ {workingDays: 10}.\n\n"
                + "A statutory period: one unit and amount, e.g. {workingDays: 10}.");
        w.set("examples", F.arrayNode().add(F.objectNode().put("workingDays", 10)));
        return w;
    }
}
