package vn.dialogue.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Enumeration;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip package (DOCX, XLSX) with every entry stamped at one fixed time, in the
 * original order, so that the same content gives byte-identical packages. The time is written
 * as a local DOS time (UTC of the instant), which does not depend on the machine's time zone.
 * Entries are copied compressed as they are (never inflated and deflated again), so a rewrite
 * costs a copy of the package's bytes, and a package read from a file is never held in memory.
 */
public final class ZipTimestamps {

    /** DOS time cannot express instants before 1980; earlier stamps are clamped to it. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipTimestamps() {
    }

    /** Copies the zip {@code pkg} to {@code out} with every entry time set to {@code stamp}. */
    public static void rewrite(byte[] pkg, Instant stamp, OutputStream out) throws IOException {
        // read through the central directory: streamed packages (SXSSF) leave sizes out of the local headers
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(pkg)).get()) {
            copy(in, stamp, out);
        }
    }

    /** Copies the zip file {@code pkg} to {@code out} with every entry time set to {@code stamp}. */
    public static void rewrite(Path pkg, Instant stamp, OutputStream out) throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(pkg).get()) {
            copy(in, stamp, out);
        }
    }

    /**
     * The Java time to give a commons-compress zip entry so that it is written as the DOS time of
     * {@code stamp} in UTC (clamped to 1980), whatever the machine's time zone.
     */
    public static long javaTime(Instant stamp) {
        LocalDateTime time = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);
        if (time.isBefore(DOS_EPOCH)) {
            time = DOS_EPOCH;
        }
        // the writer turns Java time into DOS time in the default zone: this instant gives back `time`
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static void copy(ZipFile in, Instant stamp, OutputStream out) throws IOException {
        long javaTime = javaTime(stamp);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setCrc(entry.getCrc());
                copy.setTime(javaTime);
                try (InputStream data = in.getRawInputStream(entry)) {
                    zip.addRawArchiveEntry(copy, data);
                }
            }
        }
        out.flush();
    }

}
