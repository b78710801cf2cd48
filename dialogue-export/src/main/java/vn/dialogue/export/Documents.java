package vn.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

import vn.dialogue.export.layout.LayoutDocument;

/**
 * Renders composed documents to streams and files. Stateless and thread-safe.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Renders {@code document} as {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @param document the composed document
     * @param format the format to render to
     * @param out the stream written to; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void render(LayoutDocument document, Format format, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        format.renderer().render(document, out);
    }

    /**
     * Renders {@code document} into {@code file} in the format its name ends with. The file is
     * written beside its final name and moved into place, so a failed rendering leaves no
     * half-written file.
     *
     * @param document the composed document
     * @param file the file to write, replaced if it exists
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the extension names no known format
     */
    public static void write(LayoutDocument document, Path file) throws IOException {
        write(document, Format.ofFile(file), file);
    }

    /**
     * Renders {@code document} as {@code format} into {@code file}, replacing it.
     *
     * @param document the composed document
     * @param format the format to render to
     * @param file the file to write, replaced if it exists
     * @throws IOException if writing fails
     */
    public static void write(LayoutDocument document, Format format, Path file) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        // the file gets the permissions of the process's umask, as every output does
        vn.dialogue.export.internal.OutputFiles.replace(file, out -> render(document, format, out));
    }
}
