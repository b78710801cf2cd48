package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.calendar.NoticeFormatException;
import vn.dialogue.calendar.OfficialNotices;
import vn.dialogue.export.delegates.DelegateSpreadsheets;
import vn.dialogue.export.sheet.HostileTables;
import vn.dialogue.export.sheet.TableFiles;
import vn.dialogue.export.submissions.SubmissionSpreadsheets;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.participant.DelegateImport;
import vn.dialogue.participant.DelegateTable;
import vn.dialogue.participant.RowError;
import vn.dialogue.participant.SampleDelegates;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFileException;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.Problem;
import vn.dialogue.planfile.YearlyFiles;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Submission;
import vn.dialogue.intake.SubmissionImport;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.intake.SubmissionRowError;
import vn.dialogue.intake.SubmissionTable;

/**
 * Hostile input to every reader that takes a file (issue 19): plan, mapping, notice and wording files, delegate and
 * submission tables as CSV, XLSX and XLS, each fed 10,000 seeded mutations of a real file, plus size bombs
 * (sparse files of 3 GB, a million-row XLSX, 16 MB CSVs). Runs in its own forked JVM at {@code -Xmx256m} (the
 * {@code hostile-input-fuzz} surefire execution of this module). Every case must end in a result or a typed error
 * naming the file (and, for a line or row problem, the place): never another exception, never an
 * {@link OutOfMemoryError} or {@link StackOverflowError}. The seed is fixed ({@value #DEFAULT_SEED}, the one CI uses;
 * {@code -Dfuzz.seed=N} replays another, {@code -Dfuzz.cases=N} runs fewer while working); the counts go to {@code target/reliability/hostile-input-fuzz.txt}.
 */
class HostileInputFuzzTest {

    static final long DEFAULT_SEED = 20261207L;
    static final int CASES = Integer.getInteger("fuzz.cases", 10_000);
    /**
     * Cases per table format: fewer, since reading one table through the delegate and submission readers takes
     * tens of milliseconds (their matching of each row against the plan's registry), see RELIABILITY.md.
     */
    static final int TABLE_CASES = Integer.getInteger("fuzz.tableCases", 1_000);
    static final long SEED = Long.getLong("fuzz.seed", DEFAULT_SEED);

    static Plan plan;
    static final Map<String, int[]> FIGURES = new LinkedHashMap<>(); // reader -> {cases, results, typed errors, ms}

    @TempDir
    static Path dir;

    static Path root() {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isRegularFile(d.resolve("examples/plans/kon-tum-2024-phu-nu.yaml"))) {
            d = d.getParent();
        }
        return d;
    }

    @BeforeAll
    static void seeds() {
        // -Dtest=... makes the default execution run this class too: the figures come from the 256 MB JVM only
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024
                || Boolean.getBoolean("fuzz.anyHeap"), "runs in the hostile-input-fuzz execution, at -Xmx256m");
        plan = PlanFiles.read(root().resolve("examples/plans/kon-tum-2024-phu-nu.yaml"));
    }

    // ---- the mutations ------------------------------------------------------------------------------------------

    private static final String[] YAML_TOKENS = {"*a", "&a ", "!!binary ", "!x ", "!!python/object:os.system ",
            "\n---\n", "\n...\n", "\u0000", "\\0", "\"\\0\"", "\"\\uD800\"", "\"\\x07\"", "\u0007", "\u0085", "\uFFFE",
            "\t", "\r", "\u202E", "\u200B", "{", "}", "[", "]", ": ", "- ", "? ", "#", "'", "\"", "%YAML 1.1\n",
            "<<: *a\n", "~", "null", "2147483648", "1e309", ".nan", "0x1F", "9999-99-99", "--- !!map\n",
            "a: &b [*b]\n", "\uFEFF"};

    /** One to three mutations of the text, then, sometimes, of its bytes. */
    static byte[] mutateYaml(Random r, String text) {
        StringBuilder s = new StringBuilder(text);
        int n = 1 + r.nextInt(3);
        for (int m = 0; m < n; m++) {
            int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
            switch (r.nextInt(10)) {
                case 0, 1, 2 -> s.insert(at, YAML_TOKENS[r.nextInt(YAML_TOKENS.length)]);
                case 3 -> { // duplicate a line
                    int start = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int end = s.indexOf("\n", at);
                    if (end > start) {
                        s.insert(end + 1, s.substring(start, end + 1));
                    }
                }
                case 4 -> s.setLength(at); // truncate
                case 5 -> { // nest deep
                    int depth = r.nextBoolean() ? 30 + r.nextInt(30) : 1_000 + r.nextInt(20_000);
                    s.insert(at, "[".repeat(depth) + "]".repeat(depth));
                }
                case 6 -> s.insert(at, "x".repeat(r.nextBoolean() ? 65_537 : 1 + r.nextInt(300)));
                case 7 -> { // an anchor and an alias, or a billion laughs
                    s.append("\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                    for (int i = 1; i < 1 + r.nextInt(9); i++) {
                        s.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                                .append(i - 1).append(", *l").append(i - 1).append("]\n");
                    }
                }
                case 8 -> { // delete a span
                    int end = Math.min(s.length(), at + r.nextInt(40));
                    s.delete(at, end);
                }
                default -> s.insert(at, (char) r.nextInt(0x3000));
            }
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        return r.nextInt(5) == 0 ? mutateBytes(r, bytes) : bytes;
    }

    static byte[] mutateBytes(Random r, byte[] bytes) {
        byte[] b = bytes.clone();
        switch (r.nextInt(6)) {
            case 0 -> { // flip bits
                for (int i = 0; i < 1 + r.nextInt(8) && b.length > 0; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length)); // truncate
            case 2 -> { // another encoding
                Charset[] other = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1,
                        Charset.forName("windows-1258"), Charset.forName("UTF-32")};
                b = new String(bytes, StandardCharsets.UTF_8).getBytes(other[r.nextInt(other.length)]);
            }
            case 3 -> { // byte-order marks
                byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                        {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB,
                                (byte) 0xBF}};
                byte[] mark = marks[r.nextInt(marks.length)];
                byte[] out = new byte[mark.length + b.length];
                System.arraycopy(mark, 0, out, 0, mark.length);
                System.arraycopy(b, 0, out, mark.length, b.length);
                b = out;
            }
            case 4 -> { // random bytes in the middle
                if (b.length > 0) {
                    int at = r.nextInt(b.length);
                    for (int i = at; i < Math.min(b.length, at + 1 + r.nextInt(64)); i++) {
                        b[i] = (byte) r.nextInt(256);
                    }
                }
            }
            default -> { // nothing but random bytes
                b = new byte[r.nextInt(2_000)];
                r.nextBytes(b);
            }
        }
        return b;
    }

    private static final String[] CELLS = {"", " ", "=1+1", "+84 905", "@x", "\"", "\"\"", "a\"b", ",", ";", "\t",
            "\r\n", "\n", "Nguyễn Thị Hoa", "Nữ", "Nam", "nam", "X", "31/02/2024", "2024-13-01", "12/05/2024 07:30",
            "ý kiến", "\u202Ediem", "\u200B", "\u0000", "\uFFFF", "\uD800", "x".repeat(5_000), "1e308", "-0",
            "9".repeat(40), "Hä vµ tªn", "Hoï vaø teân", "<script>", "../x", "CON", "﻿"};

    /** Rows mutated as a person or a program could get them wrong. */
    static List<List<String>> mutateRows(Random r, List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(new ArrayList<>(row));
        }
        int n = 1 + r.nextInt(4);
        for (int m = 0; m < n; m++) {
            int i = r.nextInt(out.size());
            List<String> row = out.get(i);
            switch (r.nextInt(7)) {
                case 0, 1 -> {
                    if (!row.isEmpty()) {
                        row.set(r.nextInt(row.size()), CELLS[r.nextInt(CELLS.length)]);
                    }
                }
                case 2 -> row.add(CELLS[r.nextInt(CELLS.length)]);
                case 3 -> out.add(r.nextInt(out.size() + 1), new ArrayList<>(row)); // a duplicated row
                case 4 -> out.remove(i == 0 && out.size() > 1 ? 1 : i); // a missing row (the header, sometimes)
                case 5 -> out.add(r.nextInt(out.size() + 1), new ArrayList<>(List.of("", "", "")));
                default -> {
                    if (!row.isEmpty()) {
                        row.remove(r.nextInt(row.size()));
                    }
                }
            }
            if (out.isEmpty()) {
                out.add(new ArrayList<>());
            }
        }
        return out;
    }

    static byte[] csv(Random r, List<List<String>> rows) {
        char sep = ",;\t".charAt(r.nextInt(3));
        StringBuilder s = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    s.append(sep);
                }
                String v = row.get(c);
                boolean quote = r.nextInt(20) != 0 && (v.indexOf(sep) >= 0 || v.contains("\"") || v.contains("\n")
                        || v.contains("\r"));
                s.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            s.append(r.nextBoolean() ? "\r\n" : "\n");
        }
        if (r.nextInt(8) == 0) { // an unclosed quote somewhere
            int at = r.nextInt(s.length() + 1);
            s.insert(at, '"');
        }
        Charset[] encodings = {StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8,
                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16, Charset.forName("windows-1258"),
                StandardCharsets.ISO_8859_1};
        byte[] bytes = s.toString().getBytes(encodings[r.nextInt(encodings.length)]);
        return r.nextInt(6) == 0 ? mutateBytes(r, bytes) : bytes;
    }

    static byte[] xlsx(Random r, List<List<String>> rows) {
        byte[] bytes = HostileTables.xlsx(rows);
        return r.nextInt(6) == 0 ? mutateBytes(r, bytes) : bytes;
    }

    static byte[] xls(Random r, List<List<String>> rows) {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("s");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + (r.nextInt(30) == 0 ? 1 : 0) + i / 50);
                for (int c = 0; c < rows.get(i).size() && c < 255; c++) {
                    String v = rows.get(i).get(c);
                    // HSSF cannot hold a text past 32767 characters, nor an unpaired surrogate
                    row.createCell(c).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) : v.replace('\uD800', '?'));
                }
            }
            if (r.nextInt(10) == 0) {
                Row first = sheet.getRow(sheet.getFirstRowNum());
                (first == null ? sheet.createRow(0) : first).createCell(0).setCellFormula("1/0");
            }
            book.write(out);
            byte[] bytes = out.toByteArray();
            return r.nextInt(6) == 0 ? mutateBytes(r, bytes) : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the checks ---------------------------------------------------------------------------------------------

    /** A typed error of a file reader: it names the file, and, when it names a place, a line within the file. */
    static void typed(RuntimeException e, String file) {
        if (e instanceof PlanFileException p) {
            assertThat(p.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(file);
                assertThat(problem.line()).isGreaterThanOrEqualTo(0);
                assertThat(problem.message()).doesNotContain("Exception").doesNotContain("tools.jackson")
                        .doesNotContain("java.lang");
            });
        } else if (e instanceof NoticeFormatException n) {
            assertThat(n.file()).isEqualTo(file);
            assertThat(n.problem()).doesNotContain("Exception").doesNotContain("java.lang");
        } else if (e instanceof IllegalArgumentException a) {
            // the wording file's own problems: "file line N: unknown wording key ..."
            assertThat(a.getMessage()).startsWith(file + " line ");
        } else {
            throw new AssertionError("untyped failure reading " + file + ": " + e, e);
        }
    }

    static void delegateImport(DelegateImport imported, String file) {
        for (RowError e : imported.errors()) {
            assertThat(e.row()).isGreaterThanOrEqualTo(0);
            if (e.row() == 0 && e.message().en().startsWith(file)) {
                assertThat(e.message().en()).doesNotContain("Exception").doesNotContain("org.apache");
            }
        }
    }

    static void submissionImport(SubmissionImport imported, String file) {
        for (SubmissionRowError e : imported.errors()) {
            assertThat(e.row()).isGreaterThanOrEqualTo(0);
            if (e.row() == 0 && e.message().en().startsWith(file)) {
                assertThat(e.message().en()).doesNotContain("Exception").doesNotContain("org.apache");
            }
        }
    }

    /** Runs {@code CASES} cases of one reader, counting results and typed errors; anything else fails the test. */
    static void fuzz(String reader, long salt, Function<Random, Boolean> oneCase) {
        fuzz(reader, salt, CASES, oneCase);
    }

    static void fuzz(String reader, long salt, int cases, Function<Random, Boolean> oneCase) {
        Random r = new Random(SEED * 31 + salt);
        int results = 0;
        int errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            Random caseRandom = new Random(r.nextLong());
            try {
                if (oneCase.apply(caseRandom)) {
                    results++;
                } else {
                    errors++;
                }
            } catch (OutOfMemoryError | StackOverflowError e) {
                throw new AssertionError(reader + ", case " + i + " (seed " + SEED + "): " + e, e);
            }
        }
        int ms = (int) ((System.nanoTime() - start) / 1_000_000);
        FIGURES.put(reader, new int[] {cases, results, errors, ms});
    }

    private static Path write(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the readers --------------------------------------------------------------------------------------------

    @Test
    void planFiles() throws IOException {
        String seed = Files.readString(root().resolve("examples/plans/kon-tum-2024-phu-nu.yaml"));
        fuzz("plan files (PlanFiles.read(Path))", 1, r -> {
            Path file = write("plan.yaml", mutateYaml(r, seed));
            try {
                PlanFiles.read(file);
                return true;
            } catch (RuntimeException e) {
                typed(e, file.toString());
                return false;
            }
        });
    }

    @Test
    void mappingFiles() throws IOException {
        String seed = Files.readString(root().resolve("examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml"));
        fuzz("mapping files (YearlyFiles.readRemapping)", 2, r -> {
            Path file = write("mapping.yaml", mutateYaml(r, seed));
            try {
                YearlyFiles.readRemapping(file);
                return true;
            } catch (RuntimeException e) {
                typed(e, file.toString());
                return false;
            }
        });
    }

    @Test
    void noticeFiles() {
        String seed = resource(OfficialNotices.class, "notices/vn-2026.yaml");
        fuzz("notice files (OfficialNotices.read(Path))", 3, r -> {
            Path file = write("notices.yaml", mutateYaml(r, seed));
            try {
                OfficialNotices.read(file);
                return true;
            } catch (RuntimeException e) {
                typed(e, file.toString());
                return false;
            }
        });
    }

    @Test
    void wordingFiles() {
        String seed = resource(Wording.class, "vi.yaml");
        Wording vi = Wording.vietnamese();
        fuzz("wording files (Wording.overriddenBy(Path))", 4, r -> {
            Path file = write("wording.yaml", mutateYaml(r, seed));
            try {
                vi.overriddenBy(file);
                return true;
            } catch (RuntimeException e) {
                typed(e, file.toString());
                return false;
            }
        });
    }

    static List<List<String>> delegateRows() {
        return DelegateTable.write(plan, SampleDelegates.forPlan(plan, 12));
    }

    static List<List<String>> submissionRows() {
        Channel branch = Channel.unionBranch("hlhpn-tinh", "province");
        Instant at = Instant.parse("2024-11-20T01:30:15Z");
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submissions.add(new Submission("p-" + i, i % 2 == 0 ? SubmissionKind.QUESTION : SubmissionKind.RECOMMENDATION,
                    "Xin hỏi về vốn vay số " + i, List.of(), Asker.of("Trần Thị Bình " + i, null, null), branch,
                    at.plusSeconds(60L * i), null, List.of()));
        }
        return SubmissionTable.write(submissions);
    }

    private void tables(String format, long salt, java.util.function.BiFunction<Random, List<List<String>>, byte[]> file) {
        List<List<String>> delegates = delegateRows();
        List<List<String>> submissions = submissionRows();
        SubmissionTable.Defaults defaults = SubmissionTable.Defaults.of(Channel.unionBranch("hlhpn-tinh", "province"));
        String ext = format.toLowerCase(java.util.Locale.ROOT);
        fuzz("delegate and submission tables, " + format + " (TableFiles through DelegateSpreadsheets and "
                + "SubmissionSpreadsheets)", salt, TABLE_CASES, r -> {
            boolean delegate = r.nextBoolean();
            Path path = write("table." + ext, file.apply(r, mutateRows(r, delegate ? delegates : submissions)));
            if (delegate) {
                DelegateImport imported = DelegateSpreadsheets.read(plan, path);
                delegateImport(imported, path.toString());
                return !imported.delegates().isEmpty();
            }
            SubmissionImport imported = SubmissionSpreadsheets.read(plan, path, defaults);
            submissionImport(imported, path.toString());
            return !imported.kept().isEmpty();
        });
    }

    @Test
    void csvTables() {
        tables("CSV", 5, HostileInputFuzzTest::csv);
    }

    @Test
    void xlsxTables() {
        tables("XLSX", 6, HostileInputFuzzTest::xlsx);
    }

    @Test
    void xlsTables() {
        tables("XLS", 7, HostileInputFuzzTest::xls);
    }

    // ---- size bombs ---------------------------------------------------------------------------------------------

    private static Path sparse(String name) throws IOException {
        Path file = dir.resolve("bomb-" + name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        return file;
    }

    @Test
    void sizeBombsAreRefusedBeforeTheyAreRead() throws IOException {
        int bombs = 0;
        for (String ext : new String[] {"csv", "xlsx", "xls"}) {
            Path file = sparse("table." + ext);
            DelegateImport d = DelegateSpreadsheets.read(plan, file);
            assertThat(d.errors()).singleElement().satisfies(e -> assertThat(e.message().en())
                    .startsWith(file + ": the file is too large"));
            SubmissionImport s = SubmissionSpreadsheets.read(plan, file,
                    SubmissionTable.Defaults.of(Channel.unionBranch("hlhpn-tinh", "province")));
            assertThat(s.errors()).singleElement().satisfies(e -> assertThat(e.message().en())
                    .startsWith(file + ": the file is too large"));
            bombs += 2;
        }
        Path yaml = sparse("file.yaml");
        for (Function<Path, Object> reader : List.<Function<Path, Object>>of(PlanFiles::read,
                YearlyFiles::readRemapping, YearlyFiles::readCarryOvers, OfficialNotices::read,
                p -> Wording.vietnamese().overriddenBy(p))) {
            try {
                reader.apply(yaml);
                throw new AssertionError("a 3 GB file was read");
            } catch (PlanFileException | NoticeFormatException e) {
                assertThat(e.getMessage()).contains("3221225472");
                bombs++;
            }
        }
        // a million short rows in a small XLSX; 16 MB of CSV rows, cells and one cell
        Path million = write("million.xlsx", HostileTables.xlsxOfRows(1_048_576));
        assertThat(DelegateSpreadsheets.read(plan, million).errors().get(0).message().en())
                .endsWith("the sheet has more than 100000 rows.");
        byte[] rows = "a,b\n".repeat(TableFiles.MAX_BYTES / 4).getBytes(StandardCharsets.US_ASCII);
        assertThat(DelegateSpreadsheets.read(plan, write("rows.csv", rows)).errors().get(0).message().en())
                .endsWith("the file has more than 100000 rows.");
        byte[] cells = ",".repeat(TableFiles.MAX_BYTES).getBytes(StandardCharsets.US_ASCII);
        assertThat(DelegateSpreadsheets.read(plan, write("cells.csv", cells)).errors().get(0).message().en())
                .endsWith("the file has more than 2000000 cells.");
        byte[] cell = "x".repeat(TableFiles.MAX_BYTES).getBytes(StandardCharsets.US_ASCII);
        assertThat(DelegateSpreadsheets.read(plan, write("cell.csv", cell)).errors()).isNotEmpty();
        bombs += 4;
        FIGURES.put("size bombs (sparse 3 GB files for every path reader, a 1,048,576-row XLSX, 16 MB CSVs)",
                new int[] {bombs, 0, bombs, 0});
    }

    @AfterAll
    static void report() throws IOException {
        StringBuilder s = new StringBuilder("hostile-input fuzzing, seed " + SEED + ", heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n");
        s.append("reader | cases | result | typed error | time (ms)\n");
        FIGURES.forEach((reader, f) -> s.append(reader).append(" | ").append(f[0]).append(" | ").append(f[1])
                .append(" | ").append(f[2]).append(" | ").append(f[3]).append('\n'));
        System.out.print(s);
        Path out = Path.of("target", "reliability");
        Files.createDirectories(out);
        Files.writeString(out.resolve("hostile-input-fuzz.txt"), s);
    }
}
