package vn.dialogue.journal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds line breaks in bytes eight at a time (SWAR: a word-wide test for a byte value), since the journal looks at
 * every byte it writes and reads for one.
 */
final class Bytes {

    /** Eight '\n' bytes. */
    static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    /** The index of the first byte in {@code [from, to)} equal to the byte repeated in {@code pattern}, or -1. */
    static int indexOf(byte[] bytes, int from, int to, long pattern) {
        byte value = (byte) pattern;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long hit = zeroBytes((long) LONGS.get(bytes, i) ^ pattern);
            if (hit != 0) {
                // the lowest flagged byte is exact (only bytes above a true match can be flagged falsely)
                return i + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first '\n' or '\r' in {@code [from, to)}, or -1. */
    static int indexOfLineBreak(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            if ((zeroBytes(word ^ NEWLINES) | zeroBytes(word ^ RETURNS)) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The high bit set in each byte of {@code word} that may be zero; the lowest one set is exact. */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGHS;
    }
}
