package vn.dialogue.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import static org.assertj.core.api.Assertions.assertThat;

import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Topic;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.Fixtures;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;

/**
 * A submissions table with bad rows keeps its good rows and reports each bad one: 400 submissions of every
 * channel, kind, unit and topic, written as a table, with one to eight rows spoilt (impossible dates, unclear
 * consent, unknown units, topics and channels, hostile, empty or 100,000-character cells; rows cut short or made
 * too long), read back. Every row ends either kept or reported, never both and never lost; every row left alone
 * is kept unchanged; every error names a row in range and a column; nothing throws. Counts what it tried.
 */
class SubmissionImportFuzzTest {

    private static final Plan PLAN = Fixtures.PLAN;
    private static final List<Submission> SAMPLE = sample(PLAN, 400);
    private static final List<List<String>> TABLE = SubmissionTable.write(SAMPLE);
    private static final String[] BAD = {"", " ", "X", "=cmd|' /C calc'!A0", "\u0000", "a\u0007b",
            "x".repeat(100_000), "31/02/2024", "20/11/24", "2024-13-01", "99/99/9999", "01/01/1899", "có lẽ",
            "dat-dai", "Bồ câu", "huyện Không Có", "9".repeat(40), "-1", "<script>", "\"", "Nguyễn\nVăn\rA", "\uD800",
            "null", "@", "Có\u0301", "\uFEFF", "25:61", "Kon Tum", "12/HPN", "\uFFFF"};
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    /** One spoilt cell: which data row, which column, what value; or a row cut short or made too long. */
    record Spoil(int row, int column, int value, int shape) {
    }

    /** Submissions of every channel, kind, unit and topic, some with consent, in a fixed order. */
    static List<Submission> sample(Plan plan, int n) {
        List<AdministrativeUnit> units = plan.registry().units();
        List<Topic> topics = plan.topics();
        List<Channel> channels = List.of(Channel.unionBranch("hlhpn-tinh", "province"), Channel.webPortal("cong-tinh"),
                Channel.floor("diem-cau-dak-ha"), Channel.hotline(), Channel.email(), Channel.paper());
        List<Submission> out = new ArrayList<>();
        Instant base = Instant.parse("2024-10-01T01:00:00Z");
        for (int i = 0; i < n; i++) {
            Asker asker = new Asker("Người hỏi số " + i, i % 3 == 0 ? "Hội Phụ nữ xã" : null,
                    units.get(i % units.size()).id(), i % 4 == 0 ? null : "0905 " + (100_000 + i), i % 5 == 0);
            List<String> chosen = i % 3 == 0 ? List.of() : List.of(topics.get(i % topics.size()).id());
            out.add(new Submission("phieu-" + i, SubmissionKind.values()[i % SubmissionKind.values().length],
                    "Đề nghị số " + i + ": hỗ trợ phụ nữ dân tộc thiểu số, \"vay vốn\"; học nghề.", chosen, asker,
                    channels.get(i % channels.size()), base.plusSeconds(3_607L * i), null, List.of()));
        }
        return List.copyOf(out);
    }

    @AfterContainer
    static void report() {
        StringBuilder s = new StringBuilder("Submission imports with bad rows:\n");
        new TreeMap<>(COUNTS).forEach((k, v) -> s.append(String.format("  %-36s %7d%n", k, v.sum())));
        System.out.print(s);
    }

    private static void count(String key, long n) {
        COUNTS.computeIfAbsent(key, k -> new LongAdder()).add(n);
    }

    @Provide
    Arbitrary<List<Spoil>> spoils() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, BAD.length - 1), Arbitraries.integers().between(0, 9))
                .as(Spoil::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 100)
    void should_keep_every_good_row_and_report_every_bad_one_when_rows_are_spoilt(
            @ForAll("spoils") List<Spoil> spoils) {
        // GIVEN the sample table with some rows spoilt
        List<List<String>> rows = new ArrayList<>();
        TABLE.forEach(r -> rows.add(new ArrayList<>(r)));
        int idColumn = SubmissionTable.writtenColumns().indexOf(SubmissionColumn.MESSAGE_ID);
        int dataRows = rows.size() - 1;
        Set<Integer> spoilt = new HashSet<>();
        for (Spoil s : spoils) {
            int r = 1 + s.row() % dataRows;
            List<String> row = rows.get(r);
            if (s.shape() == 0) {
                rows.set(r, new ArrayList<>(row.subList(0, Math.max(idColumn + 1, row.size() / 2))));
            } else if (s.shape() == 1) {
                row.add("thừa");
            } else {
                int c = s.column() % row.size();
                if (c == idColumn) {
                    continue; // the message id is how this test recognises a row
                }
                row.set(c, BAD[s.value()]);
            }
            spoilt.add(r);
        }

        // WHEN it is read
        SubmissionImport in = SubmissionTable.read(PLAN, rows, SubmissionTable.Defaults.none());

        // THEN every row is kept or reported, not both; every row left alone is kept as it was
        Map<Integer, Submission> kept = new HashMap<>();
        in.kept().forEach(k -> kept.put(k.row(), k.submission()));
        Set<Integer> bad = new HashSet<>(in.badRows());
        assertThat(in.headerRow()).isEqualTo(1);
        for (int r = 1; r < rows.size(); r++) {
            int rowNumber = r + 1;
            boolean isKept = kept.containsKey(rowNumber);
            boolean isBad = bad.contains(rowNumber);
            assertThat(isKept ^ isBad).as("row %d kept=%s reported=%s; errors: %s", rowNumber, isKept, isBad,
                    in.errors()).isTrue();
            if (isKept) {
                assertThat(kept.get(rowNumber).messageId()).isEqualTo(TABLE.get(r).get(idColumn));
            }
            if (!spoilt.contains(r)) {
                assertThat(kept.get(rowNumber)).as("row %d was left alone: %s", rowNumber, in.errors())
                        .isEqualTo(SAMPLE.get(r - 1));
            }
        }
        assertThat(in.errors()).allSatisfy(e -> {
            assertThat(e.row()).isBetween(2, rows.size());
            assertThat(e.column()).isNotBlank();
            assertThat(e.message().vi()).isNotBlank();
            assertThat(e.message().en()).isNotBlank().doesNotContain("Exception");
        });
        count("tables read", 1);
        count("rows read", dataRows);
        count("rows spoilt", spoilt.size());
        count("rows reported", bad.size());
        count("rows kept", kept.size());
        count("spoilt rows kept (spoil accepted)", spoilt.stream().filter(r -> kept.containsKey(r + 1)).count());
        count("errors", in.errors().size());
    }
}
