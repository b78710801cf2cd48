package vn.dialogue.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import vn.dialogue.text.Bilingual;

/**
 * The one hardened reading of every YAML file the library reads, plan files and the others (wording files, notice
 * files, mapping and carry-over files): the same limits and the same refusals, each problem a {@link Problem} with
 * file, line, column and field, inside one {@link PlanFileException}.
 *
 * <p>A file is read in three steps, each bounded: {@link #readBytes} checks the size before reading and never reads
 * more than {@value #MAX_FILE_BYTES} bytes (a file that grows while it is read is refused too); {@link #text} decodes
 * UTF-8 strictly (a byte-order mark is skipped) and refuses an empty file and one of more than
 * {@value PlanFiles#MAX_DOCUMENT_CHARS} characters; {@link #check} makes one streaming pass ({@code TokenScan}) that
 * refuses, each at its line: a second document, aliases and anchors' uses ({@code *name}, never expanded), tags
 * other than the core ones ({@code !!binary}, {@code !custom}), a field given twice, control characters other than
 * tab and line breaks (raw or escaped, NUL included), unpaired surrogates, U+FFFE/U+FFFF, text values, numbers,
 * names and nesting past the plan files' limits ({@link PlanFiles}), and YAML syntax errors. After that the caller's
 * own parser ({@link #parser}, with the same limits) reads a text known to be clean.
 *
 * <p>Problems of files other than plan files are worded for their kind ("a wording file holds one document") and
 * carry the Vietnamese first: {@code "tệp có hai tài liệu YAML ... / a wording file holds one document ..."}.
 * Plan files keep the messages they always had.
 *
 * <p>Thread-safe: stateless.
 */
public final class YamlFiles {

    /** Largest file read, in bytes: checked before reading, and no read goes past it. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    /** The plan-file kind: its problems keep their English wording. */
    static final Bilingual PLAN = Bilingual.of("tệp kế hoạch", "plan file");

    private YamlFiles() {
    }

    /**
     * The bytes of {@code file}: its size is checked first, and at most {@value #MAX_FILE_BYTES} bytes are read.
     *
     * @param kind what the file is, for messages, e.g. {@code ("tệp từ ngữ", "wording file")}
     * @throws PlanFileException    if the file is larger than the limit (or grows past it while read)
     * @throws UncheckedIOException if it cannot be read, saying why in plain words
     */
    public static byte[] readBytes(Path file, Bilingual kind) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UncheckedIOException(name + ": đây là một thư mục, không phải " + kind.vi() + " / this is a "
                        + "folder, not a " + kind.en(), new IOException("a folder"));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(name, size, kind);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(name, bytes.length, kind);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(name + ": không tìm thấy tệp / the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(name + ": không có quyền đọc tệp / the file may not be read (access denied)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": không đọc được tệp (lỗi của hệ thống tệp) / cannot read the "
                    + "file (a file system error)", e);
        }
    }

    /**
     * The text of a YAML file's bytes: strict UTF-8, a byte-order mark skipped, not empty, within the size limit.
     *
     * @throws PlanFileException naming the file when the bytes are not such text
     */
    public static String text(String name, byte[] bytes, Bilingual kind) {
        return text(name, decoded(name, bytes, kind), kind);
    }

    /** Strict UTF-8 decoding, nothing else checked. */
    static String decoded(String name, byte[] bytes, Bilingual kind) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            throw fileProblem(name, kind, "tệp không phải văn bản UTF-8 (byte thứ " + (at + 1) + " không đọc được); "
                    + "hãy lưu lại tệp dạng UTF-8", "the file is not UTF-8 text (save it as UTF-8)");
        }
        return text;
    }

    /**
     * A YAML file's text as given, checked: a byte-order mark skipped, not empty, within the size limit.
     *
     * @throws PlanFileException naming the file
     */
    public static String text(String name, String text, Bilingual kind) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw fileProblem(name, kind, "tệp trống", "the file is empty");
        }
        if (text.length() > PlanFiles.MAX_DOCUMENT_CHARS) {
            throw fileProblem(name, kind, "tệp quá lớn: " + text.length() + " ký tự, tối đa "
                    + PlanFiles.MAX_DOCUMENT_CHARS, "the file is too large: " + text.length()
                    + " characters, the limit is " + PlanFiles.MAX_DOCUMENT_CHARS);
        }
        return text;
    }

    /**
     * Checks a YAML text (as {@link #text} gives it) in one streaming pass: every problem the plan files refuse,
     * each at its line and column.
     *
     * @throws PlanFileException listing every problem found
     */
    public static void check(String name, String text, Bilingual kind) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        TokenScan scan = TokenScan.of(text, PlanFiles.mapper(Format.YAML));
        List<ProblemCollector.Raw> found = new ArrayList<>(scan.problems());
        if (scan.syntaxProblem() != null) {
            found.add(scan.syntaxProblem());
        }
        if (found.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (ProblemCollector.Raw r : found) {
            problems.add(new Problem(name, r.line(), r.column(), PlanFiles.fieldPath(r.pointer()),
                    worded(r.message(), kind)));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        throw new PlanFileException(name, problems);
    }

    /**
     * Reads, decodes and checks a YAML file: {@link #readBytes}, {@link #text}, {@link #check}.
     *
     * @return the checked text, for the caller's parser
     * @throws PlanFileException    listing every problem found
     * @throws UncheckedIOException if the file cannot be read
     */
    public static String read(Path file, Bilingual kind) {
        String name = file.toString();
        String text = text(name, readBytes(file, kind), kind);
        check(name, text, kind);
        return text;
    }

    /**
     * A streaming YAML parser with the plan files' limits (text length, nesting, number and name length, document
     * size), for a text {@link #check} accepted; duplicates are found by the check.
     */
    public static JsonParser parser(String text) {
        return PlanFiles.mapper(Format.YAML).reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .createParser(text);
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    /** A new message, so Vietnamese first for plan files too. */
    private static PlanFileException tooLarge(String name, long size, Bilingual kind) {
        return new PlanFileException(name, List.of(new Problem(name, 0, 0, "", Bilingual.of("tệp quá lớn (" + size
                + " byte, tối đa " + MAX_FILE_BYTES + ")", "the file is too large (" + size + " bytes, the limit is "
                + MAX_FILE_BYTES + ")"))));
    }

    private static PlanFileException fileProblem(String name, Bilingual kind, String vi, String en) {
        return new PlanFileException(name, List.of(new Problem(name, 0, 0, "", Bilingual.of(vi, en))));
    }

    /**
     * A problem in the words of its kind of file: a plan file's as it is written, another kind's with "plan file"
     * replaced by the kind's name, in both languages.
     */
    static Bilingual worded(Bilingual message, Bilingual kind) {
        if (kind.equals(PLAN)) {
            return message;
        }
        String plural = kind.en() + "s";
        String english = message.en().replace("a plan file holds one plan", "a " + kind.en() + " holds one document")
                .replace("a plan file", "a " + kind.en()).replace("plan files", plural);
        String vietnamese = message.vi().replace("tệp kế hoạch chỉ chứa một kế hoạch", kind.vi() + " chỉ chứa một tài "
                + "liệu YAML").replace(PLAN.vi(), kind.vi());
        return Bilingual.of(vietnamese, english);
    }
}
