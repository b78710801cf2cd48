package vn.dialogue.plan;

/** Where a plan stands: a draft may be incomplete; an issued plan must carry its full identity. */
public enum PlanStatus {
    DRAFT,
    ISSUED
}
