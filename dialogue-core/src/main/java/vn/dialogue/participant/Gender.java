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

    /** "Nữ" or "Nam", as lists write it. */
    public String vietnamese() {
        return vietnamese;
    }

    /** "female" or "male". */
    public String english() {
        return english;
    }

    /**
     * Reads a gender as lists write it: "Nữ", "nữ", "Nu", "F", "female", "woman"; "Nam", "M", "male", "man";
     * case and surrounding spaces do not matter. Empty when the text is none of these.
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
