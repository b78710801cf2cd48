package vn.dialogue.export.docx;

import java.util.Arrays;

/**
 * A growing buffer of UTF-8 XML: markup appended as it is, text and attribute values escaped. The
 * characters XML 1.0 cannot carry (controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) are written as "?", as XMLBeans did before. Not thread-safe: one
 * buffer per part being written.
 */
final class XmlBytes {

    private byte[] buf;
    private int len;

    XmlBytes(int capacity) {
        this.buf = new byte[Math.max(64, capacity)];
    }

    /** Appends markup made of ASCII characters only, as it is. */
    XmlBytes raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        byte[] b = buf;
        int at = len;
        for (int i = 0; i < n; i++) {
            b[at++] = (byte) ascii.charAt(i);
        }
        len = at;
        return this;
    }

    /** Appends a decimal number. */
    XmlBytes num(long value) {
        return raw(Long.toString(value));
    }

    /** Appends {@code s} escaped as element content. */
    XmlBytes text(String s) {
        return escaped(s, false);
    }

    /** Appends {@code s} escaped as an attribute value in double quotes. */
    XmlBytes attr(String s) {
        return escaped(s, true);
    }

    /** The bytes written; the array is the buffer itself when full, else a copy. */
    byte[] toByteArray() {
        return buf.length == len ? buf : Arrays.copyOf(buf, len);
    }

    /** The buffer, valid up to {@link #length()}. */
    byte[] array() {
        return buf;
    }

    /** How many bytes were written. */
    int length() {
        return len;
    }

    private XmlBytes escaped(String s, boolean attribute) {
        int n = s.length();
        // a character takes at most 6 bytes as written here ("&quot;", "&#13;" or 3 bytes of UTF-8; pairs take 4 for 2)
        ensure(n * 6);
        byte[] b = buf;
        int at = len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"') {
                    b[at++] = (byte) c;
                } else {
                    at = special(b, at, c, attribute);
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[at++] = (byte) (0xf0 | (cp >> 18));
                b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
                b[at++] = '?';
            } else {
                b[at++] = (byte) (0xe0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        len = at;
        return this;
    }

    private static int special(byte[] b, int at, char c, boolean attribute) {
        String entity;
        switch (c) {
            case '&':
                entity = "&amp;";
                break;
            case '<':
                entity = "&lt;";
                break;
            case '>':
                entity = "&gt;";
                break;
            case '"':
                entity = attribute ? "&quot;" : "\"";
                break;
            case '\t':
                entity = attribute ? "&#9;" : "\t";
                break;
            case '\n':
                entity = attribute ? "&#10;" : "\n";
                break;
            case '\r':
                entity = "&#13;";
                break;
            default:
                entity = "?";
                break;
        }
        for (int i = 0; i < entity.length(); i++) {
            b[at++] = (byte) entity.charAt(i);
        }
        return at;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
