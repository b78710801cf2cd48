package vn.dialogue.question;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;

import vn.dialogue.journal.JournalCodec;

/** A codec that hands every call to another and counts them: shows which path a journal line took. */
final class CountingCodec<E> implements JournalCodec<E> {

    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();
    private final JournalCodec<E> delegate;

    CountingCodec(JournalCodec<E> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(E event, OutputStream out) {
        writes.incrementAndGet();
        delegate.write(event, out);
    }

    @Override
    public E read(byte[] bytes, int offset, int length) {
        reads.incrementAndGet();
        return delegate.read(bytes, offset, length);
    }
}
