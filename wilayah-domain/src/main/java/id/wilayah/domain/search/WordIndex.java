package id.wilayah.domain.search;

import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The distinct words of one level's names ({@link NameWords}, as the fuzzy rule splits them), grouped by length, each
 * with the ordinals of the names using it. A one-word fuzzy query then compares itself only with the distinct words
 * of a fitting length instead of every word of every name (far fewer: kelurahan names share most words), and most of
 * those are ruled out before any Levenshtein by comparing which characters occur: one edit adds or removes at most two
 * characters from that set. Measured against the scan: wilayah-api/benchmarks/README.md, "Search index".
 */
final class WordIndex {
    private final String[][] wordsByLength;
    private final long[][] charactersByLength;
    private final int[][][] namesByLength;

    WordIndex(List<? extends Region> regionsInCodeOrder) {
        Map<String, Ordinals> names = new HashMap<>();
        int longest = 0;
        for (int ordinal = 0; ordinal < regionsInCodeOrder.size(); ordinal++) {
            String name = regionsInCodeOrder.get(ordinal).searchKey();
            int[] bounds = NameWords.bounds(name);
            for (int word = 0; word < bounds.length; word += 2) {
                if (bounds[word + 1] > bounds[word]) {
                    names.computeIfAbsent(name.substring(bounds[word], bounds[word + 1]), w -> new Ordinals())
                            .add(ordinal);
                    longest = Math.max(longest, bounds[word + 1] - bounds[word]);
                }
            }
        }
        List<List<String>> grouped = new ArrayList<>();
        for (int length = 0; length <= longest; length++) {
            grouped.add(new ArrayList<>());
        }
        names.keySet().forEach(word -> grouped.get(word.length()).add(word));
        wordsByLength = new String[longest + 1][];
        charactersByLength = new long[longest + 1][];
        namesByLength = new int[longest + 1][][];
        for (int length = 0; length <= longest; length++) {
            wordsByLength[length] = grouped.get(length).toArray(String[]::new);
            charactersByLength[length] = grouped.get(length).stream().mapToLong(WordIndex::characters).toArray();
            namesByLength[length] = grouped.get(length).stream()
                    .map(word -> names.get(word).toArray())
                    .toArray(int[][]::new);
        }
    }

    /** Marks the names having a word within {@code tolerance} edits of {@code query}. */
    void markNamesWithWordsNear(String query, int tolerance, BitSet names) {
        LevenshteinDistance levenshtein = new LevenshteinDistance(tolerance);
        long queryCharacters = characters(query);
        int from = Math.max(1, query.length() - tolerance);
        int to = Math.min(wordsByLength.length - 1, query.length() + tolerance);
        for (int length = from; length <= to; length++) {
            String[] words = wordsByLength[length];
            long[] characters = charactersByLength[length];
            for (int i = 0; i < words.length; i++) {
                if (Long.bitCount(queryCharacters ^ characters[i]) <= 2 * tolerance
                        && levenshtein.apply(query, words[i]) >= 0) {
                    for (int ordinal : namesByLength[length][i]) {
                        names.set(ordinal);
                    }
                }
            }
        }
    }

    /** Which characters occur, one bit each for A-Z and 0-9, others sharing the remaining bits. */
    private static long characters(String word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int bit;
            if (c >= 'A' && c <= 'Z') {
                bit = c - 'A';
            } else if (c >= '0' && c <= '9') {
                bit = 26 + c - '0';
            } else {
                bit = 36 + c % 28;
            }
            bits |= 1L << bit;
        }
        return bits;
    }
}
