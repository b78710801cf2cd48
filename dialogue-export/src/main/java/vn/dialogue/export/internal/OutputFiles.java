package vn.dialogue.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Writes an output file whole or not at all: into a temporary file beside it, then moved over it. The temporary file
 * is created as any new file is, with the permissions the process's umask gives (0644 under the usual 022), not the
 * 0600 that {@link Files#createTempFile} forces; every document of a run therefore has the same permissions as the
 * files written by other means. Thread-safe.
 */
public final class OutputFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What goes into a file. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content to {@code out}.
         *
         * @param out the stream to write to; not to be closed
         * @throws IOException if writing fails
         */
        void to(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /**
     * Writes {@code content} to {@code file}, replacing it, through a temporary file in the same folder.
     *
     * @param file the file to write, replaced if it exists
     * @param content what goes into it
     * @throws IOException if writing fails; {@code file} is then as it was
     */
    public static void replace(Path file, Content content) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        OutputStream out = null;
        for (int attempt = 0; out == null; attempt++) {
            tmp = dir.resolve(".dialogue-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
        try {
            try (OutputStream o = out) {
                content.to(o);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
