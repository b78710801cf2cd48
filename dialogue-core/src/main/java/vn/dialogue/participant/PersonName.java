package vn.dialogue.participant;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.dialogue.text.Nfc;

/**
 * A person's name as written, with its parts: family name (họ), middle name (tên đệm) and given name (tên).
 * Vietnamese lists sort by the given name, then the middle, then the family name; see
 * {@link VietnameseCollation#NAME_ORDER}.
 *
 * <p>{@link #parse(String)} reads the first word as the family name, the last as the given name and the words
 * between as the middle name ("Nguyễn Thị Minh Khai": Nguyễn / Thị Minh / Khai). Names whose family name has two
 * words ("Rơ Châm H'Hen") or that lists split in two columns ("Họ và tên đệm" / "Tên") are built with
 * {@link #of(String, String, String)}. The full name is kept exactly as written (only trimmed and in NFC).
 * Immutable and thread-safe.
 *
 * @param fullName the name as written, never blank
 * @param family   the family name, may be empty for a one-word name
 * @param middle   the middle name, possibly several words, may be empty
 * @param given    the given name, never blank
 */
public record PersonName(String fullName, String family, String middle, String given) {

    /**
     * Puts each part in NFC, trimmed, and checks that the parts make the full name.
     *
     * @param fullName the name as written, not blank
     * @param family   the family name, may be empty
     * @param middle   the middle name, may be empty
     * @param given    the given name, not blank
     * @throws NullPointerException     if a part is null
     * @throws IllegalArgumentException if the name or given name is blank, the name holds a character that is no
     *                                  letter, space or apostrophe, or the full name (spaces squeezed) is not the
     *                                  parts in order
     */
    public PersonName {
        fullName = clean(fullName, "fullName");
        family = clean(family, "family");
        middle = clean(middle, "middle");
        given = clean(given, "given");
        if (fullName.isEmpty()) {
            throw new IllegalArgumentException("a name cannot be blank");
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("name '" + fullName + "' has no given name");
        }
        checkLetters(fullName);
        String joined = join(family, middle, given);
        if (!squeeze(fullName).equals(joined)) {
            throw new IllegalArgumentException("name '" + fullName + "' is not its parts in order: '" + joined + "'");
        }
    }

    /**
     * Splits a full name: first word family, last word given, the rest middle; a one-word name is a given name.
     *
     * @param fullName the name as written
     * @return the name, its full name kept as written (trimmed, NFC); never null
     * @throws NullPointerException     if {@code fullName} is null
     * @throws IllegalArgumentException if it is blank or holds a character that cannot be in a name
     */
    public static PersonName parse(String fullName) {
        String full = clean(fullName, "fullName");
        if (full.isEmpty()) {
            throw new IllegalArgumentException("a name cannot be blank");
        }
        String[] words = full.split("\\s+");
        if (words.length == 1) {
            return new PersonName(full, "", "", words[0]);
        }
        String middle = Arrays.stream(words, 1, words.length - 1).collect(Collectors.joining(" "));
        return new PersonName(full, words[0], middle, words[words.length - 1]);
    }

    /**
     * A name from its parts; the full name is the parts joined by single spaces.
     *
     * @param family the family name, may be empty
     * @param middle the middle name, may be empty
     * @param given  the given name, not blank
     * @return the name; never null
     * @throws NullPointerException     if a part is null
     * @throws IllegalArgumentException if the given name is blank or a part holds a character that cannot be in a
     *                                  name
     */
    public static PersonName of(String family, String middle, String given) {
        String f = clean(family, "family");
        String m = clean(middle, "middle");
        String g = clean(given, "given");
        return new PersonName(join(f, m, g), f, m, g);
    }

    /**
     * A name from the two columns many lists keep, "Họ và tên đệm" and "Tên": the first word of
     * {@code familyAndMiddle} is the family name, the rest the middle name.
     *
     * @param familyAndMiddle the "Họ và tên đệm" cell
     * @param given           the "Tên" cell
     * @return the name; never null
     * @throws NullPointerException     if a cell is null
     * @throws IllegalArgumentException if the given name is blank or a cell holds a character that cannot be in a
     *                                  name
     */
    public static PersonName ofColumns(String familyAndMiddle, String given) {
        String fm = clean(familyAndMiddle, "familyAndMiddle");
        int space = fm.indexOf(' ');
        String family = space < 0 ? fm : fm.substring(0, space);
        String middle = space < 0 ? "" : fm.substring(space + 1).strip();
        return of(family, squeeze(middle), given);
    }

    private static String clean(String text, String what) {
        return Nfc.of(Objects.requireNonNull(text, what)).strip();
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String join(String family, String middle, String given) {
        return squeeze(String.join(" ", family, middle, given));
    }

    private static void checkLetters(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean ok = Character.isLetter(c) || Character.isWhitespace(c) || c == '\'' || c == '\u2019'
                    || c == '-' || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK;
            if (!ok) {
                throw new IllegalArgumentException("name '" + name + "' contains '" + Character.toString(c)
                        + "': a name holds letters, spaces, apostrophes, hyphens and dots");
            }
            i += Character.charCount(c);
        }
        if (!Character.isLetter(name.codePointAt(0))) {
            throw new IllegalArgumentException("name '" + name + "' must start with a letter");
        }
    }

    @Override
    public String toString() {
        return fullName;
    }
}
