package vn.dialogue.question;

/** What a submission is, as the plans name them: "ý kiến, đề xuất, kiến nghị" and questions. */
public enum SubmissionKind {
    /** Ý kiến: an opinion. */
    OPINION("ý kiến"),
    /** Đề xuất: a proposal. */
    PROPOSAL("đề xuất"),
    /** Kiến nghị: a recommendation or petition. */
    RECOMMENDATION("kiến nghị"),
    /** Câu hỏi: a question. */
    QUESTION("câu hỏi");

    private final String vietnamese;

    SubmissionKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /**
     * The Vietnamese name, lower case, as used in documents.
     *
     * @return e.g. "câu hỏi"; never null
     */
    public String vietnamese() {
        return vietnamese;
    }
}
