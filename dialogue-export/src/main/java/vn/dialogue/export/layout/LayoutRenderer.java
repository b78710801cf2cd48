package vn.dialogue.export.layout;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Prints a {@link LayoutDocument} in one file format. Implementations are stateless and
 * thread-safe, and deterministic: the same document gives the same bytes.
 */
public interface LayoutRenderer {

    /**
     * Writes {@code document} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param document the composed document
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    void render(LayoutDocument document, OutputStream out) throws IOException;
}
