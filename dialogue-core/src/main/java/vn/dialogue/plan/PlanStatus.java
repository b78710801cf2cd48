package vn.dialogue.plan;

/** Where a plan stands: a draft may be incomplete; an issued plan must carry its full identity. */
public enum PlanStatus {
    /** Being drafted: may be incomplete; printed without a number. */
    DRAFT,
    /** Signed and issued: number, full date and signature required. */
    ISSUED
}
