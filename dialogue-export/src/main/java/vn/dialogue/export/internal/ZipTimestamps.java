package vn.dialogue.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip package (DOCX, XLSX) with every entry stamped at one fixed time, in the
 * original order, so that the same content gives byte-identical packages. The time is written
 * as a local DOS time (UTC of the instant), which does not depend on the machine's time zone.
 */
public final class ZipTimestamps {

    /** DOS time cannot express instants before 1980; earlier stamps are clamped to it. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipTimestamps() {
    }

    /** Copies the zip {@code pkg} to {@code out} with every entry time set to {@code stamp}. */
    public static void rewrite(byte[] pkg, Instant stamp, OutputStream out) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);
        if (time.isBefore(DOS_EPOCH)) {
            time = DOS_EPOCH;
        }
        // read through the central directory: streamed packages (SXSSF) leave sizes out of the local headers
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(pkg)).get();
             ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
            zip.setLevel(6);
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** Lets the zip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
