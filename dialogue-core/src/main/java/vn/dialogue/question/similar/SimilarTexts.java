package vn.dialogue.question.similar;

import vn.dialogue.internal.VietnameseText;


import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Finds groups of near-duplicate texts among many, without comparing every pair: MinHash signatures over word
 * shingles and locality-sensitive hashing by bands (see {@link SimilarityOptions}). Candidate pairs that share a
 * band are checked on their signatures and joined into groups (connected components); a group is a proposal for
 * a person to confirm, never a decision.
 *
 * <p>Work and memory grow linearly with the number of texts: signatures are one {@code int} array of
 * {@code texts × bands × rows} (48 MB for 100,000 texts with the defaults), computed in parallel for large inputs;
 * each band is one sort of a {@code long} array; no object is made per text pair. An oversized LSH bucket (many
 * identical band values, e.g. many copies of one text) is linked member to first and to neighbour instead of pair
 * by pair. Results are deterministic: the hash functions come from a fixed seed. Thread-safe.
 */
public final class SimilarTexts {

    private static final long SEED = 0x5EED_D1A1_0C0EL;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int MAX_BUCKET = 48;
    private static final int PARALLEL_FROM = 8_192;
    private static final int CHUNK = 2_048;

    private SimilarTexts() {
    }

    /**
     * The groups of similar texts, each with at least two members, ordered by their first member. Blank texts
     * (no letter or digit) belong to no group.
     *
     * @param texts   the texts; a group names them by their index in this list
     * @param options how near-duplicates are looked for
     * @return the groups, empty when fewer than two texts are given; never null
     * @throws NullPointerException if {@code texts} or {@code options} is null
     */
    public static List<SimilarGroup> group(List<? extends CharSequence> texts, SimilarityOptions options) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(options, "options");
        int n = texts.size();
        if (n < 2) {
            return List.of();
        }
        int k = options.hashes();
        int[] mulA = new int[k];
        int[] addB = new int[k];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int t = 0; t < k; t++) {
            mulA[t] = random.nextInt() | 1;
            addB[t] = random.nextInt();
        }
        int[] signatures = new int[n * k];
        boolean[] blank = new boolean[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        if (n >= PARALLEL_FROM) {
            range = range.parallel();
        }
        range.forEach(c -> {
            Scratch scratch = new Scratch(k);
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                CharSequence text = Objects.requireNonNull(texts.get(i), "text " + i);
                signature(text, options, mulA, addB, signatures, i * k, scratch, blank, i);
            }
        });
        return new Grouper(n, k, options, signatures, blank).run();
    }

    /** Per-thread scratch: the words of a text and its signature before it is copied out. */
    private static final class Scratch {
        long[] words = new long[64];
        final int[] signature;

        Scratch(int k) {
            signature = new int[k];
        }
    }

    /**
     * Computes one text's signature into {@code out[offset..offset+k)}. Each of the k hash functions is an
     * odd multiplier and an addend on 32 bits, a permutation of the (already mixed) shingle hashes; the loop over
     * them is plain int arithmetic that the JIT vectorises.
     */
    private static void signature(CharSequence text, SimilarityOptions options, int[] mulA, int[] addB, int[] out,
                                  int offset, Scratch scratch, boolean[] blank, int index) {
        CharSequence source = text;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= 0x300 && c < 0x370) {
                source = Normalizer.normalize(text, Normalizer.Form.NFC);
                break;
            }
        }
        boolean fold = options.foldDiacritics();
        long[] words = scratch.words;
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        int length = source.length();
        for (int i = 0; i <= length; i++) {
            char m = i == length ? VietnameseText.SEPARATOR : VietnameseText.map(source.charAt(i), fold);
            if (m == VietnameseText.SKIP) {
                continue;
            }
            if (m == VietnameseText.SEPARATOR) {
                if (inWord) {
                    if (count == words.length) {
                        words = Arrays.copyOf(words, count * 2);
                        scratch.words = words;
                    }
                    words[count++] = mix(h);
                    h = FNV_OFFSET;
                    inWord = false;
                }
                continue;
            }
            h = (h ^ m) * FNV_PRIME;
            inWord = true;
        }
        int k = options.hashes();
        int[] sig = scratch.signature;
        Arrays.fill(sig, Integer.MAX_VALUE);
        if (count == 0) {
            blank[index] = true;
            System.arraycopy(sig, 0, out, offset, k);
            return;
        }
        int size = Math.min(options.shingleSize(), count);
        for (int start = 0; start + size <= count; start++) {
            long x = 0x9E3779B97F4A7C15L;
            for (int w = start; w < start + size; w++) {
                x = mix(x ^ words[w]) + w - start;
            }
            int xi = (int) mix(x);
            for (int t = 0; t < k; t++) {
                sig[t] = Math.min(sig[t], xi * mulA[t] + addB[t]);
            }
        }
        System.arraycopy(sig, 0, out, offset, k);
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Buckets the signatures band by band and joins verified candidate pairs with union-find. */
    private static final class Grouper {
        private final int n;
        private final int k;
        private final int rows;
        private final int bands;
        private final int needed;
        private final int[] signatures;
        private final boolean[] blank;
        private final int[] parent;
        private final double[] scoreSum;
        private final int[] edgeCount;
        private final double[] scoreMin;

        Grouper(int n, int k, SimilarityOptions options, int[] signatures, boolean[] blank) {
            this.n = n;
            this.k = k;
            this.rows = options.rows();
            this.bands = options.bands();
            this.needed = (int) Math.ceil(options.threshold() * k - 1e-9);
            this.signatures = signatures;
            this.blank = blank;
            this.parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            this.scoreSum = new double[n];
            this.edgeCount = new int[n];
            this.scoreMin = new double[n];
            Arrays.fill(scoreMin, 1.0);
        }

        List<SimilarGroup> run() {
            int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1L));
            long indexMask = (1L << indexBits) - 1;
            long[] keys = new long[n];
            for (int band = 0; band < bands; band++) {
                int m = 0;
                int from = band * rows;
                for (int j = 0; j < n; j++) {
                    if (!blank[j]) {
                        keys[m++] = (bandHash(j * k + from) & ~indexMask) | j;
                    }
                }
                Arrays.sort(keys, 0, m);
                int start = 0;
                for (int i = 1; i <= m; i++) {
                    if (i == m || ((keys[i] ^ keys[start]) & ~indexMask) != 0) {
                        if (i - start > 1) {
                            bucket(keys, start, i, indexMask);
                        }
                        start = i;
                    }
                }
            }
            return collect();
        }

        private long bandHash(int offset) {
            long h = 0x2545F4914F6CDD1DL;
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ signatures[offset + r]) + r;
            }
            return mix(h);
        }

        private void bucket(long[] keys, int start, int end, long indexMask) {
            int size = end - start;
            if (size <= MAX_BUCKET) {
                for (int x = start; x < end; x++) {
                    int a = (int) (keys[x] & indexMask);
                    for (int y = x + 1; y < end; y++) {
                        join(a, (int) (keys[y] & indexMask));
                    }
                }
                return;
            }
            int first = (int) (keys[start] & indexMask);
            for (int x = start + 1; x < end; x++) {
                int b = (int) (keys[x] & indexMask);
                join(first, b);
                join((int) (keys[x - 1] & indexMask), b);
            }
        }

        private void join(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int equal = 0;
            int oa = a * k;
            int ob = b * k;
            int allowedMisses = k - needed;
            int misses = 0;
            for (int t = 0; t < k; t++) {
                if (signatures[oa + t] == signatures[ob + t]) {
                    equal++;
                } else if (++misses > allowedMisses) {
                    return;
                }
            }
            double similarity = (double) equal / k;
            int root = ra < rb ? ra : rb;
            int other = root == ra ? rb : ra;
            parent[other] = root;
            scoreSum[root] += scoreSum[other] + similarity;
            edgeCount[root] += edgeCount[other] + 1;
            scoreMin[root] = Math.min(Math.min(scoreMin[root], scoreMin[other]), similarity);
        }

        private int find(int i) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[i] != root) {
                int next = parent[i];
                parent[i] = root;
                i = next;
            }
            return root;
        }

        private List<SimilarGroup> collect() {
            int[] size = new int[n];
            for (int i = 0; i < n; i++) {
                size[find(i)]++;
            }
            int[][] members = new int[n][];
            int[] filled = new int[n];
            List<SimilarGroup> groups = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int root = parent[i];
                if (size[root] < 2) {
                    continue;
                }
                if (members[root] == null) {
                    members[root] = new int[size[root]];
                }
                members[root][filled[root]++] = i;
                if (filled[root] == size[root]) {
                    groups.add(new SimilarGroup(members[root], scoreSum[root] / edgeCount[root], scoreMin[root]));
                    members[root] = null;
                }
            }
            groups.sort((x, y) -> Integer.compare(x.member(0), y.member(0)));
            return List.copyOf(groups);
        }
    }
}
