package vn.dialogue.plan;

/** How the signer signs (Nghị định 30/2020, Điều 13). */
public enum SigningAuthority {
    /** "TM.": on behalf of a collective body. */
    TM,
    /** "KT.": a deputy signing for the head. */
    KT,
    /** "Q.": acting head. */
    Q,
    /** "TL.": by order of the head. */
    TL,
    /** "TUQ.": by written authorisation. */
    TUQ;

    /**
     * The prefix as printed, e.g. "TM.".
     *
     * @return the prefix as printed, e.g. "TM."
     */
    public String prefix() {
        return name() + ".";
    }
}
