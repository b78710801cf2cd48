package vn.dialogue.check;

import java.util.Locale;

import vn.dialogue.text.Bilingual;

/** How much a finding matters before a plan is signed. */
public enum Severity {
    /** The plan must not be issued like this. */
    ERROR(Bilingual.of("LỖI", "ERROR")),
    /** Probably wrong, or risky; a person should look. */
    WARNING(Bilingual.of("CẢNH BÁO", "WARNING")),
    /** Worth knowing; nothing to fix. */
    INFO(Bilingual.of("THÔNG TIN", "INFO"));

    private final Bilingual word;

    Severity(Bilingual word) {
        this.word = word;
    }

    /**
     * The word a report prints, e.g. "CẢNH BÁO" / "WARNING".
     *
     * @return the severity's word in Vietnamese and English
     */
    public Bilingual word() {
        return word;
    }

    /**
     * The word in the given language: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale the language of the text
     * @return the word, e.g. "LỖI" for Vietnamese
     */
    public String word(Locale locale) {
        return word.in(locale);
    }
}
