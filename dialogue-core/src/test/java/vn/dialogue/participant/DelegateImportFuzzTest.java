package vn.dialogue.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.SeedPlans;

/**
 * A delegate table with bad rows keeps its good rows and reports each bad one: the seed plan's sample delegates,
 * written as a table, with one to five rows spoilt (absurd, hostile or empty cells, short and long rows), read back.
 * Every row ends either kept or reported, never both and never lost; every row left alone is kept; nothing throws.
 * Counts what it tried.
 */
class DelegateImportFuzzTest {

    private static final Plan PLAN = SeedPlans.loadKonTum2024();
    private static final List<List<String>> TABLE = DelegateTable.write(PLAN, SampleDelegates.forPlan(PLAN, 7));
    private static final String[] BAD = {"", " ", "X", "=cmd|' /C calc'!A0", "\u0000", "a\u0007b", "x".repeat(100_000),
            "không-có", "9".repeat(40), "-1", "2024-02-31", "<script>", "\"", "Nguyễn\nVăn\rA", "\uD800", "null",
            "khong-ton-tai", "@", "Nam\u0301", "\uFEFF"};
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    /** One spoilt cell: which data row, which column, what value; or a row cut short or made too long. */
    record Spoil(int row, int column, int value, int shape) {
    }

    @AfterContainer
    static void report() {
        StringBuilder s = new StringBuilder("Delegate imports with bad rows:\n");
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
                .as(Spoil::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 100)
    void should_keep_every_good_row_and_report_every_bad_one_when_rows_are_spoilt(
            @ForAll("spoils") List<Spoil> spoils) {
        // GIVEN the sample table with some rows spoilt
        List<List<String>> rows = new ArrayList<>();
        TABLE.forEach(r -> rows.add(new ArrayList<>(r)));
        int header = 0;
        int idColumn = rows.get(header).indexOf(DelegateColumn.ID.headers().get(0));
        assertThat(idColumn).as("the table has an id column").isNotNegative();
        int dataRows = rows.size() - 1;
        Set<Integer> spoilt = new HashSet<>();
        for (Spoil s : spoils) {
            int r = 1 + s.row() % dataRows;
            List<String> row = rows.get(r);
            if (s.shape() == 0) {
                rows.set(r, new ArrayList<>(row.subList(0, Math.max(1, row.size() / 2))));
            } else if (s.shape() == 1) {
                row.add("thừa");
            } else {
                int c = s.column() % row.size();
                if (c == idColumn) {
                    continue; // the id is how this test recognises a row
                }
                row.set(c, BAD[s.value()]);
            }
            spoilt.add(r);
        }

        // WHEN it is read
        DelegateImport in = DelegateTable.read(PLAN, rows);

        // THEN every row is kept or reported, not both; every row left alone is kept
        Set<String> kept = new HashSet<>();
        in.delegates().delegates().forEach(d -> kept.add(d.id()));
        Set<Integer> bad = new HashSet<>(in.badRows());
        int headerRow = in.headerRow();
        assertThat(headerRow).isEqualTo(1);
        for (int r = 1; r < rows.size(); r++) {
            int rowNumber = r + headerRow;
            String id = TABLE.get(r).get(idColumn);
            boolean isKept = kept.contains(id);
            boolean isBad = bad.contains(rowNumber);
            assertThat(isKept ^ isBad).as("row %d (%s) kept=%s reported=%s; errors: %s", rowNumber, id, isKept, isBad,
                    in.errors()).isTrue();
            if (!spoilt.contains(r)) {
                assertThat(isKept).as("row %d was left alone: %s", rowNumber, in.errors()).isTrue();
            }
        }
        assertThat(in.errors()).allSatisfy(e -> {
            assertThat(e.row()).isBetween(2, rows.size());
            assertThat(e.message().vi()).isNotBlank();
            assertThat(e.message().en()).isNotBlank().doesNotContain("Exception");
        });
        count("tables read", 1);
        count("rows read", dataRows);
        count("rows spoilt", spoilt.size());
        count("rows reported", bad.size());
        count("rows kept", kept.size());
    }
}
