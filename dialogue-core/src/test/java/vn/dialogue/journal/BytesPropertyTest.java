package vn.dialogue.journal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The word-at-a-time search finds the same byte as a byte-by-byte search, wherever it starts and ends. */
class BytesPropertyTest {

    @Provide
    Arbitrary<byte[]> lines() {
        // mostly bytes close to the ones searched for (0x00, 0x01, 0x09-0x0e, 0x80, 0xff), to catch borrows
        return Arbitraries.oneOf(Arbitraries.of((byte) 0, (byte) 1, (byte) 9, (byte) 0x0a, (byte) 0x0b,
                        (byte) 0x0c, (byte) 0x0d, (byte) 0x0e, (byte) 0x80, (byte) 0x8a, (byte) 0xff, (byte) '{'),
                Arbitraries.bytes()).array(byte[].class).ofMaxSize(70);
    }

    @Property(tries = 3000)
    void finds_the_first_newline_as_a_plain_loop_does(@ForAll("lines") byte[] bytes,
                                                      @ForAll @IntRange(max = 70) int a,
                                                      @ForAll @IntRange(max = 70) int b) {
        int from = Math.min(Math.min(a, b), bytes.length);
        int to = Math.min(Math.max(a, b), bytes.length);
        int expected = -1;
        for (int i = from; i < to && expected < 0; i++) {
            if (bytes[i] == '\n') {
                expected = i;
            }
        }
        assertThat(Bytes.indexOf(bytes, from, to, Bytes.NEWLINES)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void finds_the_first_line_break_as_a_plain_loop_does(@ForAll("lines") byte[] bytes,
                                                         @ForAll @IntRange(max = 70) int a,
                                                         @ForAll @IntRange(max = 70) int b) {
        int from = Math.min(Math.min(a, b), bytes.length);
        int to = Math.min(Math.max(a, b), bytes.length);
        int expected = -1;
        for (int i = from; i < to && expected < 0; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                expected = i;
            }
        }
        assertThat(Bytes.indexOfLineBreak(bytes, from, to)).isEqualTo(expected);
    }
}
