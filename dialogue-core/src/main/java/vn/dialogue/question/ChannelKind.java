package vn.dialogue.question;

/** How a submission reached the dialogue. */
public enum ChannelKind {
    /** Forwarded by a branch of the union (women's, youth, farmers') at some administrative level. */
    UNION_BRANCH("Tổ chức hội, đoàn thể cơ sở chuyển đến", "Union branches"),
    /** A web portal (the province's, a district's or commune's). */
    WEB_PORTAL("Cổng thông tin điện tử", "Web portal"),
    /** Raised on the floor of the session, at the main venue or a bridge point. */
    FLOOR("Phát biểu tại hội nghị", "From the floor"),
    /** A telephone hotline. */
    HOTLINE("Đường dây nóng", "Hotline"),
    /** Email. */
    EMAIL("Thư điện tử", "Email"),
    /** A paper letter or form. */
    PAPER("Văn bản, phiếu giấy", "Paper");

    private final vn.dialogue.text.Bilingual label;

    ChannelKind(String vi, String en) {
        this.label = vn.dialogue.text.Bilingual.of(vi, en);
    }

    /**
     * What the channel is called where a person reads it.
     *
     * @return the name in Vietnamese and English; never null
     */
    public vn.dialogue.text.Bilingual label() {
        return label;
    }
}
