package vn.dialogue.participant;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.dialogue.text.Nfc;

/** A delegate's gender as delegate lists record it ("Giới tính": Nam / Nữ). */
public enum Gender {
    /** "Nữ". */
    FEMALE("Nữ", "female"),
    /** "Nam". */
    MALE("Nam", "male");

    private final String vietnamese;
    private final String english;

    Gender(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The gender as Vietnamese lists write it.
     *
     * @return "Nữ" or "Nam"; never null
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The gender in English.
     *
     * @return "female" or "male"; never null
     */
    public String english() {
        return english;
    }

    /**
     * Reads a gender as lists write it: "Nữ", "nữ", "Nu", "F", "female", "woman"; "Nam", "M", "male", "man";
     * case and surrounding spaces do not matter. Empty when the text is none of these.
     *
     * @param text the gender as written
     * @return the gender, or empty
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Gender> parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = Nfc.of(text).strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "nữ", "nu", "f", "female", "woman", "w":
                return Optional.of(FEMALE);
            case "nam", "m", "male", "man":
                return Optional.of(MALE);
            default:
                return Optional.empty();
        }
    }
}
