package vn.dialogue.planfile;

/** The smallest plan file the reader accepts, for tests that spoil or extend it. */
final class MinimalPlanFile {

    /** Seven lines of YAML: an id and an identity; a field appended to it stands on line {@link #NEXT_LINE}. */
    static final String YAML = """
            id: p
            identity:
              issuer: ubnd
              type: KH
              symbol: KH-UBND
              issueDate: 2024-10
              subject: Đối thoại
            """;

    /** The line on which a field appended to {@link #YAML} stands. */
    static final int NEXT_LINE = 8;

    private MinimalPlanFile() {
    }
}
