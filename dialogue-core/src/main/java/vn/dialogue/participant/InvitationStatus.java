package vn.dialogue.participant;

/** Where an invitation stands, as lists and tallies print it. */
public enum InvitationStatus {
    /** Prepared, not sent ("Dự thảo"). */
    DRAFTED("Dự thảo"),
    /** Sent, no reply yet ("Đã gửi"). */
    SENT("Đã gửi"),
    /** The invitee, or the person the organisation named, will come ("Đã xác nhận"). */
    CONFIRMED("Đã xác nhận"),
    /** Declined ("Từ chối"). */
    DECLINED("Từ chối"),
    /** Someone else comes in the invitee's place ("Cử người thay"). */
    SUBSTITUTED("Cử người thay"),
    /** No reply by the reply deadline ("Không phản hồi"). */
    UNANSWERED("Không phản hồi"),
    /** Checked in at the venue ("Có mặt"). */
    ATTENDED("Có mặt"),
    /** Expected and did not come ("Vắng mặt"). */
    ABSENT("Vắng mặt");

    private final String vietnamese;

    InvitationStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /**
     * The status as Vietnamese lists write it.
     *
     * @return the Vietnamese name; never null
     */
    public String vietnamese() {
        return vietnamese;
    }
}
