package vn.dialogue.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The 8-bit Vietnamese encodings older offices still type in, recognised and turned into Unicode NFC: TCVN3 (the
 * "ABC" keyboard and {@code .VnTime} fonts, TCVN 5712:1993), VNI (the {@code VNI-Times} fonts: a base letter and a
 * separate mark byte) and Windows-1258 (the Vietnamese Windows code page, with combining tone marks).
 *
 * <p>Text typed with a TCVN3 or VNI font is stored as ordinary Western bytes: the font, not the encoding, draws
 * them as Vietnamese. A CSV file therefore holds the bytes themselves ({@link #decode(byte[], Encoding)}), and a
 * spreadsheet cell holds the Windows-1252 characters of those bytes ({@code "B¶o Th¾ng"} for "Bảo Thắng"),
 * turned back into bytes by {@link #convert(String, Encoding)}.
 *
 * <p>Sources of the tables: TCVN3 is TCVN 5712:1993 (VN3) as the GNU C library's {@code TCVN5712-1} charmap and
 * X11's {@code lcUniConv/tcvn.h} give it, for the bytes 0x80 to 0xFF (bytes below 0x80 are ASCII: VN3 leaves the
 * control range alone). VNI is the VNI Windows font layout as Vietnamese converters (Unikey, VietKey) give it:
 * vowels are ASCII letters followed by one mark byte ({@code "Vieät"} for "Việt"), and đ, ơ, ư, ĩ, ỉ, ị, ỵ (and
 * their capitals) are single bytes. Both are checked letter by letter against the whole Vietnamese alphabet in
 * {@code LegacyVietnameseTest}.
 *
 * <p>Upper-case text typed in TCVN3 with a {@code .VnTimeH} font (capitals drawn from lower-case codes) cannot be
 * told from lower case in the bytes; it is read as lower case.
 *
 * <p>Thread-safe: stateless.
 */
public final class LegacyVietnamese {

    /** An 8-bit Vietnamese encoding. */
    public enum Encoding {
        /** Windows-1258: precomposed base letters, combining tone marks. */
        WINDOWS_1258("Windows-1258"),
        /** TCVN3 (ABC, {@code .VnTime} fonts; TCVN 5712:1993). */
        TCVN3("TCVN3 (ABC, .VnTime)"),
        /** VNI Windows ({@code VNI-Times} fonts). */
        VNI("VNI (VNI-Times)");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        /** The name a person knows it by, e.g. "TCVN3 (ABC, .VnTime)". */
        public String label() {
            return label;
        }
    }

    /** TCVN3 bytes 0x80 to 0xFF, from glibc's TCVN5712-1 charmap (see the class comment). */
    private static final char[] TCVN3_HIGH = (
            "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8\u1eba\u1ebc\u00c9\u1eb8\u1ec6\u00cc\u1ec8\u0128"
            + "\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168"
            + "\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0"
            + "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4"
            + "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd"
            + "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2"
            + "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9"
            + "\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0")
            .toCharArray();

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** The vowel groups a Vietnamese syllable can have, tone and hat marks removed ("ươ" is "uo"). */
    private static final Set<String> NUCLEI = Set.of("a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo",
            "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ya", "ye", "ieu",
            "yeu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uye", "uya", "uyu", "uau", "oao", "uai", "uao", "uoa",
            "iai", "uaa", "uee", "uii", "uio");

    private LegacyVietnamese() {
    }

    /** Bytes of {@code encoding} as Unicode NFC text. */
    public static String decode(byte[] bytes, Encoding encoding) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(encoding, "encoding");
        return switch (encoding) {
            case WINDOWS_1258 -> Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
            case TCVN3 -> tcvn3(bytes);
            case VNI -> vni(bytes);
        };
    }

    /**
     * A text typed with a legacy font, as a spreadsheet cell holds it (the Windows-1252 characters of the bytes),
     * as Unicode NFC. Characters that are not Windows-1252 (already Unicode Vietnamese, say) are kept as they are.
     */
    public static String convert(String text, Encoding encoding) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !isLatin(text.charAt(i))) {
                if (i > start) {
                    out.append(decode(bytes(text.substring(start, i)), encoding));
                }
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Which encoding, if any, reads {@code text} (the Windows-1252 characters of 8-bit bytes, as
     * {@link #latin(byte[])} gives them, or as a spreadsheet cell holds them) as the most Vietnamese words; null
     * when no legacy reading gives more Vietnamese words than the text as it is.
     */
    public static Encoding detect(String text) {
        Objects.requireNonNull(text, "text");
        if (!hasLatinLetterRuns(text)) {
            return null;
        }
        byte[] bytes = bytesOrNull(text);
        if (bytes == null) {
            return null; // it holds Unicode beyond Windows-1252: it is Unicode text
        }
        int best = score(Normalizer.normalize(text, Normalizer.Form.NFC));
        Encoding found = null;
        for (Encoding e : new Encoding[] {Encoding.TCVN3, Encoding.VNI}) {
            int s = score(decode(bytes, e));
            if (s > best) {
                best = s;
                found = e;
            }
        }
        return found;
    }

    /** Which legacy encoding reads these bytes (not valid UTF-8) as the most Vietnamese words; Windows-1258 when none does. */
    public static Encoding detect(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Encoding found = Encoding.WINDOWS_1258;
        int best = Integer.MIN_VALUE;
        for (Encoding e : new Encoding[] {Encoding.WINDOWS_1258, Encoding.TCVN3, Encoding.VNI}) {
            int s = score(decode(bytes, e));
            if (s > best) {
                best = s;
                found = e;
            }
        }
        return found;
    }

    /** The bytes as Windows-1252 characters (the five bytes it leaves undefined as the same code points). */
    public static String latin(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int v = b & 0xFF;
            String c = new String(new byte[] {b}, WINDOWS_1252);
            s.append(v >= 0x80 && v < 0xA0 && c.charAt(0) == '\uFFFD' ? (char) v : c.charAt(0));
        }
        return s.toString();
    }

    private static boolean hasLatinLetterRuns(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && isLatin(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} is a Windows-1252 character (or one of the five code points it leaves undefined). */
    private static boolean isLatin(char c) {
        if (c < 0x100) {
            return true;
        }
        return WINDOWS_1252.newEncoder().canEncode(c);
    }

    private static byte[] bytes(String latin) {
        byte[] b = bytesOrNull(latin);
        return b == null ? new byte[0] : b;
    }

    private static byte[] bytesOrNull(String latin) {
        byte[] out = new byte[latin.length()];
        CharsetEncoder encoder = WINDOWS_1252.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c < 0x80 || c >= 0xA0 && c < 0x100 || c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90
                    || c == 0x9D) {
                out[i] = (byte) c;
                continue;
            }
            try {
                ByteBuffer b = encoder.encode(CharBuffer.wrap(new char[] {c}));
                if (b.remaining() != 1) {
                    return null;
                }
                out[i] = b.get();
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }
        return out;
    }

    private static String tcvn3(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int v = b & 0xFF;
            s.append(v < 0x80 ? (char) v : TCVN3_HIGH[v - 0x80]);
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    // VNI Windows: mark bytes after a vowel (lower-case marks after lower-case vowels, capitals after capitals)
    private static final String VNI_LOWER_MARKS = "\u00f9\u00f8\u00fb\u00f5\u00ef\u00e2\u00e1\u00e0\u00e5\u00e3"
            + "\u00e4\u00ea\u00e9\u00e8\u00fa\u00fc\u00eb";
    private static final String VNI_UPPER_MARKS = "\u00d9\u00d8\u00db\u00d5\u00cf\u00c2\u00c1\u00c0\u00c5\u00c3"
            + "\u00c4\u00ca\u00c9\u00c8\u00da\u00dc\u00cb";
    /** What each mark adds, as combining characters: 5 tones, the circumflex with 0 to 5 tones, the breve with 0 to 5. */
    private static final String[] VNI_MARKS = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323",
            "\u0302", "\u0302\u0301", "\u0302\u0300", "\u0302\u0309", "\u0302\u0303", "\u0302\u0323",
            "\u0306", "\u0306\u0301", "\u0306\u0300", "\u0306\u0309", "\u0306\u0303", "\u0306\u0323"};

    private static String vni(byte[] bytes) {
        String latin = latin(bytes);
        StringBuilder s = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            String single = vniSingle(c);
            if (single != null) {
                s.append(single);
                // ơ and ư (ô and ö in VNI) take a tone byte after them
                int tone = "\u00f4\u00f6\u00d4\u00d6".indexOf(c) < 0 ? -1
                        : (Character.isLowerCase(c) ? VNI_LOWER_MARKS : VNI_UPPER_MARKS).indexOf(next);
                if (tone >= 0 && tone < 5) {
                    s.append(VNI_MARKS[tone]);
                    i++;
                }
                continue;
            }
            s.append(c);
            if ("aeouyAEOUY".indexOf(c) >= 0) {
                int mark = (Character.isLowerCase(c) ? VNI_LOWER_MARKS : VNI_UPPER_MARKS).indexOf(next);
                // a breve only on a, a circumflex only on a, e and o; ỵ is a byte of its own
                if (mark >= 0 && (mark < 5 && "yY".indexOf(c) < 0 || mark < 5 && mark != 4
                        || mark >= 5 && mark < 11 && "aeoAEO".indexOf(c) >= 0 || mark >= 11 && "aA".indexOf(c) >= 0)) {
                    s.append(VNI_MARKS[mark]);
                    i++;
                }
            }
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The letters VNI writes as one byte. */
    private static String vniSingle(char c) {
        return switch (c) {
            case '\u00f1' -> "\u0111"; // đ
            case '\u00d1' -> "\u0110"; // Đ
            case '\u00f4' -> "\u01a1"; // ơ
            case '\u00d4' -> "\u01a0"; // Ơ
            case '\u00f6' -> "\u01b0"; // ư
            case '\u00d6' -> "\u01af"; // Ư
            case '\u00ec' -> "\u00ec"; // ì
            case '\u00ed' -> "\u00ed"; // í
            case '\u00e6' -> "\u1ec9"; // ỉ
            case '\u00f3' -> "\u0129"; // ĩ
            case '\u00f2' -> "\u1ecb"; // ị
            case '\u00ee' -> "\u1ef5"; // ỵ
            case '\u00cc' -> "\u00cc"; // Ì
            case '\u00cd' -> "\u00cd"; // Í
            case '\u00c6' -> "\u1ec8"; // Ỉ
            case '\u00d3' -> "\u0128"; // Ĩ
            case '\u00d2' -> "\u1eca"; // Ị
            case '\u00ce' -> "\u1ef4"; // Ỵ
            default -> null;
        };
    }

    /**
     * How Vietnamese a text reads: +1 for each word holding a letter beyond ASCII that is a Vietnamese syllable
     * (Vietnamese letters only, at most one tone, a vowel group Vietnamese has), -1 for each that is not, and -1
     * for each character beyond ASCII that is neither a letter nor common punctuation.
     */
    static int score(String text) {
        int score = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i))
                        || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                String word = text.substring(start, i);
                if (word.chars().anyMatch(x -> x >= 0x80)) {
                    score += syllable(word) ? 1 : -1;
                }
            } else {
                if (c >= 0x80 && !Character.isWhitespace(c) && c != '\u00a0' && "–—‘’“”…•°€£¥§©®«»·"
                        .indexOf(c) < 0) {
                    score--;
                }
                i++;
            }
        }
        return score;
    }

    /** Whether {@code word} (NFC) is one Vietnamese syllable, or a run of them written together. */
    static boolean syllable(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD);
        int tones = 0;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tones++;
                case '\u0302', '\u0306', '\u031b' -> {
                    // circumflex, breve, horn: part of the letter
                }
                case '\u0111' -> letters.append('d');
                default -> {
                    if (c < 'a' || c > 'z') {
                        return false;
                    }
                    letters.append(c);
                }
            }
        }
        if (tones > 1) {
            return false;
        }
        // the vowel groups, in order: one only (a syllable), and a known one
        String l = letters.toString();
        int groups = 0;
        int j = 0;
        while (j < l.length()) {
            if ("aeiouy".indexOf(l.charAt(j)) >= 0) {
                int start = j;
                while (j < l.length() && "aeiouy".indexOf(l.charAt(j)) >= 0) {
                    j++;
                }
                String group = l.substring(start, j);
                // "gi" and "qu" start a syllable: their i and u belong to the consonant
                if (start > 0 && (l.charAt(start - 1) == 'g' && group.startsWith("i") && group.length() > 1
                        || l.charAt(start - 1) == 'q' && group.startsWith("u") && group.length() > 1)) {
                    group = group.substring(1);
                }
                if (!NUCLEI.contains(group)) {
                    return false;
                }
                groups++;
            } else {
                j++;
            }
        }
        return groups == 1;
    }
}
