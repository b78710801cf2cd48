package vn.dialogue.check;

/** How much a finding matters before a plan is signed. */
public enum Severity {
    /** The plan must not be issued like this. */
    ERROR,
    /** Probably wrong, or risky; a person should look. */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO
}
