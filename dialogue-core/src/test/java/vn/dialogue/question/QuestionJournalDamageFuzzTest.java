package vn.dialogue.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.FileEventStore;
import vn.dialogue.journal.JournalCorruptedException;
import vn.dialogue.store.DamagedStoreException;
import vn.dialogue.store.StoredEvent;

/**
 * Damaged question journals (issue 19, items 3 and 7): a real journal of 120 events is spoiled one to three times
 * per case (bits flipped, bytes replaced, deleted or inserted, lines deleted, repeated, swapped or replaced by
 * garbage, zero bytes, the file cut anywhere, and the harmless changes: a blank line, CRLF line ends), then read as
 * a report reads it ({@link FileEventStore#read}) and replayed into the questions' states.
 *
 * <p>Each case must end in one of three ways: a {@link JournalCorruptedException} naming the file and a line of it;
 * a {@link DamagedStoreException} from the replay; or a store whose events are exactly the first events of the
 * undamaged journal, unchanged, with the lost end reported as a damaged tail. One loss cannot be seen in a file and
 * is counted apart: a cut exactly at a line end (or the last lines deleted), which leaves a shorter journal that is
 * whole. Anything else (an event that differs, an untyped exception) fails the run. Seed 20261208; the number of
 * cases is {@code -Dfuzz.journalCases} (2,000 by default). The figures are written to
 * {@code target/reliability/journal-damage-fuzz.txt}.
 */
class QuestionJournalDamageFuzzTest {

    private static final long SEED = 20261208L;

    @TempDir
    Path dir;

    private enum Damage {
        FLIP_BIT, REPLACE_BYTE, DELETE_BYTES, INSERT_BYTES, ZERO_BYTES, DELETE_LINE, REPEAT_LINE, SWAP_LINES,
        GARBAGE_LINE, CHANGE_DIGIT, CUT, DELETE_LAST_LINES, BLANK_LINE, CRLF
    }

    private static final Set<Damage> SHORTENS = Set.of(Damage.CUT, Damage.DELETE_LAST_LINES);

    private enum Outcome {
        NAMED_ON_A_LINE("JournalCorruptedException naming the file and a line"),
        REFUSED_ON_REPLAY("DamagedStoreException on replay"),
        WHOLE("every event read back unchanged (harmless change)"),
        PREFIX_WITH_TAIL("the first events unchanged, the cut-off end reported as a damaged tail"),
        SHORTER_AT_A_LINE_END("a shorter journal cut at a line end: whole, nothing in the file shows the loss");

        final String words;

        Outcome(String words) {
            this.words = words;
        }
    }

    @Test
    void every_damage_is_named_or_refused_and_nothing_altered_is_replayed() throws IOException {
        Path original = dir.resolve("questions.jsonl");
        writeJournal(original);
        byte[] bytes = Files.readAllBytes(original);
        List<StoredEvent> events = readAll(FileEventStore.read(original, QuestionRegistry.legacy()));
        assertThat(events).hasSize(120);

        int cases = Integer.getInteger("fuzz.journalCases", 2_000);
        Random random = new Random(SEED);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Damage, Integer> damages = new EnumMap<>(Damage.class);
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            List<Damage> applied = new ArrayList<>();
            byte[] spoiled = bytes;
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Damage damage = Damage.values()[random.nextInt(Damage.values().length)];
                spoiled = spoil(spoiled, damage, random);
                applied.add(damage);
                damages.merge(damage, 1, Integer::sum);
            }
            Path file = dir.resolve("case-" + c + ".jsonl");
            Files.write(file, spoiled);
            try {
                Outcome outcome = outcome(file, spoiled, events, applied);
                outcomes.merge(outcome, 1, Integer::sum);
            } catch (AssertionError | RuntimeException e) {
                failures.add("case " + c + " " + applied + ": " + e);
            } finally {
                Files.delete(file);
            }
        }
        report(cases, outcomes, damages, failures);
        assertThat(failures).as("cases neither named, refused nor read back unchanged").isEmpty();
        assertThat(outcomes.getOrDefault(Outcome.NAMED_ON_A_LINE, 0)).isGreaterThan(cases / 3);
    }

    private static Outcome outcome(Path file, byte[] spoiled, List<StoredEvent> original, List<Damage> applied) {
        FileEventStore store;
        try {
            store = FileEventStore.read(file, QuestionRegistry.legacy());
        } catch (JournalCorruptedException e) {
            long lines = 1;
            for (byte b : spoiled) {
                lines += b == '\n' ? 1 : 0;
            }
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isBetween(1L, lines);
            assertThat(e.getMessage()).contains(file.toString()).contains("line " + e.line());
            return Outcome.NAMED_ON_A_LINE;
        }
        try (store) {
            List<StoredEvent> read = readAll(store);
            assertThat(read.size()).isLessThanOrEqualTo(original.size());
            for (int i = 0; i < read.size(); i++) {
                StoredEvent got = read.get(i);
                StoredEvent was = original.get(i);
                assertThat(List.of(got.position(), got.streams(), got.type(), got.recorded(), got.data(),
                        String.valueOf(got.key()), got.verified()))
                        .as("event %d read back", i + 1)
                        .isEqualTo(List.of(was.position(), was.streams(), was.type(), was.recorded(), was.data(),
                                String.valueOf(was.key()), was.verified()));
            }
            try {
                QuestionRegistry.replay(store);
            } catch (DamagedStoreException e) {
                return Outcome.REFUSED_ON_REPLAY;
            }
            if (read.size() == original.size()) {
                return Outcome.WHOLE;
            }
            if (store.damagedTail().isPresent()) {
                return Outcome.PREFIX_WITH_TAIL;
            }
            assertThat(applied).as("a shorter journal with no damaged tail").containsAnyElementsOf(SHORTENS);
            return Outcome.SHORTER_AT_A_LINE_END;
        }
    }

    private static List<StoredEvent> readAll(FileEventStore store) {
        List<StoredEvent> out = new ArrayList<>();
        long at = 0;
        while (true) {
            long next = store.readAfter(at, 50, out::add);
            if (next == at) {
                return out;
            }
            at = next;
        }
    }

    private static byte[] spoil(byte[] bytes, Damage damage, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        List<byte[]> lines = lines(bytes);
        int at = random.nextInt(bytes.length);
        return switch (damage) {
            case FLIP_BIT -> {
                byte[] out = bytes.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                yield out;
            }
            case REPLACE_BYTE -> {
                byte[] out = bytes.clone();
                out[at] = (byte) (out[at] + 1 + random.nextInt(255));
                yield out;
            }
            case DELETE_BYTES -> splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(40)), new byte[0]);
            case INSERT_BYTES -> {
                byte[] noise = new byte[1 + random.nextInt(20)];
                random.nextBytes(noise);
                yield splice(bytes, at, 0, noise);
            }
            case ZERO_BYTES -> splice(bytes, at, 0, new byte[1 + random.nextInt(64)]);
            case DELETE_LINE -> {
                lines.remove(random.nextInt(lines.size()));
                yield join(lines);
            }
            case REPEAT_LINE -> {
                int i = random.nextInt(lines.size());
                lines.add(i, lines.get(i));
                yield join(lines);
            }
            case SWAP_LINES -> {
                if (lines.size() > 1) {
                    int i = random.nextInt(lines.size() - 1);
                    byte[] first = lines.get(i);
                    lines.set(i, lines.get(i + 1));
                    lines.set(i + 1, first);
                }
                yield join(lines);
            }
            case GARBAGE_LINE -> {
                String[] garbage = {"{}", "{\"type\":\"received\"}", "not json", "{\"p\":1}", "[1,2,3]",
                        "{\"p\":999,\"s\":[[\"q-1\",1]],\"t\":\"accepted\",\"at\":\"2024-10-21T02:00:00Z\",\"d\":{},"
                                + "\"c\":\"00000000\"}"};
                lines.add(random.nextInt(lines.size() + 1),
                        garbage[random.nextInt(garbage.length)].getBytes(StandardCharsets.UTF_8));
                yield join(lines);
            }
            case CHANGE_DIGIT -> {
                List<Integer> digits = new ArrayList<>();
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] >= '0' && bytes[i] <= '9') {
                        digits.add(i);
                    }
                }
                byte[] out = bytes.clone();
                int i = digits.get(random.nextInt(digits.size()));
                out[i] = (byte) ('0' + (out[i] - '0' + 1 + random.nextInt(9)) % 10);
                yield out;
            }
            case CUT -> java.util.Arrays.copyOf(bytes, at);
            case DELETE_LAST_LINES -> {
                int keep = random.nextInt(lines.size());
                yield join(new ArrayList<>(lines.subList(0, keep)));
            }
            case BLANK_LINE -> {
                lines.add(random.nextInt(lines.size() + 1), new byte[0]);
                yield join(lines);
            }
            case CRLF -> new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return out;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    /** 60 submissions received, 54 accepted and 6 rejected: 120 events, names and texts in Vietnamese. */
    private static void writeJournal(Path file) {
        try (QuestionRegistry registry = QuestionRegistry.builder(Fixtures.ROLES)
                .journal(file, Durability.BUFFERED).open()) {
            for (int i = 0; i < 60; i++) {
                Intake in = registry.receive(Fixtures.submission("m-" + i, "Đề nghị hỗ trợ vốn vay số " + i),
                        Fixtures.act(Fixtures.CLERK, Fixtures.T0.plusSeconds(i)));
                Versioned q = in.question();
                Act act = Fixtures.act(Fixtures.MODERATOR, Fixtures.T0.plusSeconds(600 + i), "kiểm duyệt");
                registry.execute(i % 10 == 9
                        ? new QuestionCommand.Reject(q.id(), q.version(), act, RejectionReason.OUT_OF_SCOPE)
                        : new QuestionCommand.Accept(q.id(), q.version(), act, List.of("viec-lam")));
            }
        }
    }

    private static void report(int cases, Map<Outcome, Integer> outcomes, Map<Damage, Integer> damages,
                               List<String> failures) {
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("seed", SEED);
        lines.put("cases", cases);
        outcomes.forEach((o, n) -> lines.put(o.words, n));
        lines.put("failures", failures.size());
        StringBuilder text = new StringBuilder("Question journal damage fuzzing (QuestionJournalDamageFuzzTest)\n");
        lines.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        text.append("damages applied: ").append(damages).append('\n');
        failures.stream().limit(20).forEach(f -> text.append(f).append('\n'));
        try {
            Path out = Path.of("target", "reliability");
            Files.createDirectories(out);
            Files.writeString(out.resolve("journal-damage-fuzz.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(text);
    }
}
