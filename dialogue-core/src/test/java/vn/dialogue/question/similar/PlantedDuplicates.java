package vn.dialogue.question.similar;

import vn.dialogue.internal.VietnameseText;

import vn.dialogue.question.similar.SimilarGroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic Vietnamese-like submissions with planted groups of near-duplicates: each group is a base text and
 * variants typed differently (without diacritics, in capitals, with other punctuation) and lightly reworded (a
 * word replaced, dropped, added or two swapped). Deterministic for a seed.
 */
final class PlantedDuplicates {

    private static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n",
        "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"};
    private static final String[] RHYMES = {"a", "ai", "an", "ang", "anh", "ao", "âm", "ân", "ây", "e", "em", "en",
        "ê", "ênh", "i", "in", "inh", "o", "oa", "oi", "on", "ong", "ô", "ôi", "ông", "ơ", "ơi", "u", "ui", "un",
        "ung", "ư", "ưa", "ươi", "ương", "uyên", "iêt", "ach"};
    private static final String[] TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", ""};

    final List<String> texts = new ArrayList<>();
    /** For each text, its planted group number, or -1 for a text planted alone. */
    final List<Integer> group = new ArrayList<>();

    private final SplittableRandom random;
    private final String[] vocabulary;

    PlantedDuplicates(long seed, int total, int groups, int minSize, int maxSize, int maxEdits) {
        random = new SplittableRandom(seed);
        vocabulary = new String[2_000];
        for (int i = 0; i < vocabulary.length; i++) {
            String syllable = ONSETS[random.nextInt(ONSETS.length)] + RHYMES[random.nextInt(RHYMES.length)];
            syllable = java.text.Normalizer.normalize(syllable + TONES[random.nextInt(TONES.length)],
                    java.text.Normalizer.Form.NFC);
            vocabulary[i] = syllable;
        }
        List<String> plantedTexts = new ArrayList<>();
        List<Integer> plantedGroups = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<String> base = baseText();
            int size = minSize + random.nextInt(maxSize - minSize + 1);
            plantedTexts.add(render(base, random.nextInt(4)));
            plantedGroups.add(g);
            for (int v = 1; v < size; v++) {
                plantedTexts.add(render(edit(base, 1 + random.nextInt(maxEdits)), random.nextInt(4)));
                plantedGroups.add(g);
            }
        }
        while (plantedTexts.size() < total) {
            plantedTexts.add(render(baseText(), random.nextInt(4)));
            plantedGroups.add(-1);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plantedTexts.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(seed));
        for (int i : order) {
            texts.add(plantedTexts.get(i));
            group.add(plantedGroups.get(i));
        }
    }

    private List<String> baseText() {
        int words = 18 + random.nextInt(25);
        List<String> text = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            // common syllables (low indexes) come more often, as in real text
            int index = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(vocabulary.length);
            text.add(vocabulary[index]);
        }
        return text;
    }

    private List<String> edit(List<String> base, int edits) {
        List<String> text = new ArrayList<>(base);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.size());
            switch (random.nextInt(4)) {
                case 0 -> text.set(at, vocabulary[random.nextInt(vocabulary.length)]);
                case 1 -> {
                    if (text.size() > 5) {
                        text.remove(at);
                    }
                }
                case 2 -> text.add(at, vocabulary[random.nextInt(vocabulary.length)]);
                default -> {
                    if (at + 1 < text.size()) {
                        Collections.swap(text, at, at + 1);
                    }
                }
            }
        }
        return text;
    }

    /** Types the words: 0 as is, 1 without diacritics, 2 in capitals, 3 with extra punctuation. */
    private String render(List<String> words, int style) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (style == 1) {
                w = VietnameseText.normalise(w, true);
            } else if (style == 2) {
                w = w.toUpperCase(Locale.ROOT);
            }
            if (i > 0) {
                b.append(style == 3 && random.nextInt(6) == 0 ? ", " : " ");
            }
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return b.append(style == 3 ? "?!" : ".").toString();
    }

    /** Pair precision and recall of {@code found} against the planted groups. */
    double[] precisionRecall(List<SimilarGroup> found) {
        long truePairs = 0;
        java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
        for (int g : group) {
            if (g >= 0) {
                sizes.merge(g, 1, Integer::sum);
            }
        }
        for (int size : sizes.values()) {
            truePairs += (long) size * (size - 1) / 2;
        }
        long foundPairs = 0;
        long correct = 0;
        for (SimilarGroup g : found) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    foundPairs++;
                    int a = group.get(g.member(i));
                    if (a >= 0 && a == group.get(g.member(j))) {
                        correct++;
                    }
                }
            }
        }
        return new double[] {foundPairs == 0 ? 1 : (double) correct / foundPairs, (double) correct / truePairs};
    }
}
