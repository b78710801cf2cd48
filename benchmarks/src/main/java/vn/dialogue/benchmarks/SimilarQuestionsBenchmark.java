package vn.dialogue.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import vn.dialogue.question.similar.CompilationProposal;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionId;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.similar.SimilarQuestions;
import vn.dialogue.question.similar.SimilarityOptions;
import vn.dialogue.question.Versioned;

/**
 * Workload 4: proposing which questions to compile among 100,000 accepted questions generated with
 * 5,000 planted groups of 2 to 5 near-duplicates ({@link PlantedSubmissions}), by
 * {@code SimilarQuestions.propose}; against the exact method, Jaccard similarity of the same word
 * pairs (diacritics folded) over every pair of a 5,000 sample, which the report extrapolates to
 * 100,000 (× 400: the pairs grow with the square). After the trial the library's proposals are
 * scored against the planted groups (pair recall and precision) into a side file ({@link SideFiles#QUALITY}). Target: at most 5 s for 100,000, recall and precision at least 0.95.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(1)
public class SimilarQuestionsBenchmark {

    /** How many accepted questions are compared; a twentieth of them in planted groups. */
    @Param("100000")
    public int questions = 100_000;

    /** How many texts the exact baseline compares pairwise. */
    @Param("5000")
    public int sample = 5_000;

    private PlantedSubmissions planted = new PlantedSubmissions(1, 2, 1, 2, 2, 1);
    private List<Question> accepted = List.of();
    private final Map<QuestionId, Integer> index = new HashMap<>();

    @Setup(Level.Trial)
    public void setUp() {
        planted = new PlantedSubmissions(2024, questions, questions / 20, 2, 5, 4);
        QuestionRegistry registry = QuestionRegistry.inMemory(RolePolicy.defaults());
        List<Question> all = new ArrayList<>(questions);
        for (int i = 0; i < questions; i++) {
            // moderation as at the desk, but every question accepted: only accepted ones are compiled
            Versioned q = Desk.intake(registry, Desk.submission(i, planted.texts.get(i)), i, false);
            index.put(q.id(), i);
            all.add(q.question());
        }
        accepted = List.copyOf(all);
    }

    /** The library's proposals of questions to compile. */
    @Benchmark
    public List<CompilationProposal> library(HeapSampler heap) {
        return SimilarQuestions.propose(accepted);
    }

    /** Exact Jaccard similarity of word pairs over every pair of the first 5,000 texts. */
    @Benchmark
    public long baseline() {
        long[][] sets = new long[sample][];
        for (int i = 0; i < sample; i++) {
            sets[i] = shingles(planted.texts.get(i));
        }
        double threshold = SimilarityOptions.defaults().threshold();
        long similar = 0;
        for (int i = 0; i < sample; i++) {
            for (int j = i + 1; j < sample; j++) {
                if (jaccard(sets[i], sets[j]) >= threshold) {
                    similar++;
                }
            }
        }
        return similar;
    }

    @TearDown(Level.Trial)
    public void score(BenchmarkParams params) {
        if (!params.getBenchmark().endsWith(".library")) {
            return;
        }
        double[] pr = quality();
        SideFiles.append(SideFiles.QUALITY, String.format(Locale.ROOT, "recall\t%.4f", pr[1]));
        SideFiles.append(SideFiles.QUALITY, String.format(Locale.ROOT, "precision\t%.4f", pr[0]));
    }

    /** Pair precision and recall of the library's proposals against the planted groups. */
    double[] quality() {
        List<int[]> groups = new ArrayList<>();
        for (CompilationProposal p : SimilarQuestions.propose(accepted)) {
            groups.add(p.members().stream().mapToInt(index::get).toArray());
        }
        return planted.precisionRecall(groups);
    }

    /** The distinct word pairs of {@code text}, diacritics folded and case ignored, as sorted hashes. */
    static long[] shingles(String text) {
        String[] words = PlantedSubmissions.fold(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>(words.length);
        for (String word : words) {
            if (!word.isEmpty()) {
                w.add(word);
            }
        }
        long[] out = new long[Math.max(0, w.size() - 1)];
        for (int i = 0; i + 1 < w.size(); i++) {
            out[i] = (long) w.get(i).hashCode() * 0x9E3779B97F4A7C15L + w.get(i + 1).hashCode();
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (n == 0 || out[n - 1] != out[i]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
