package vn.dialogue.benchmarks;

import java.io.OutputStream;

/**
 * The sink every workload and its baseline write to: it counts the bytes and keeps none, so that
 * neither side pays for memory or disk the other does not.
 */
final class Sink extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** The bytes written so far. */
    long count() {
        return count;
    }
}
