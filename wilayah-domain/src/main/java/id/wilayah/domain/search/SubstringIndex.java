package id.wilayah.domain.search;

import id.wilayah.domain.region.Region;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Answers "which names contain this text" for one level without scanning every name: for each distinct 1-, 2- and
 * 3-character gram of the upper-cased search keys, the ascending ordinals (code order) of the names containing it.
 * A needle of up to three characters is answered by its own gram's list, exactly; a longer one intersects the lists
 * of its trigrams, shortest first, and confirms the few survivors with {@code indexOf}, so matching stays exactly the
 * case-insensitive substring test of the scan it replaced. A second, much smaller list per trigram holds only the
 * names where it starts a word, which is all that ranking needs when enough names have the query at a word start.
 *
 * <p>Why this structure: the rarest trigram of a real query is held by at most a few hundred names, intersection by
 * binary search touches only those, and the hits come out in code order, so filters need no sort and ranking needs no
 * sort either; the 1- and 2-gram lists make short needles exact lookups instead of scans. A suffix array would also
 * answer every length exactly, but needs a sort of all suffixes at activation and returns hits in suffix order, to be
 * sorted into code order per query; Lucene tokenizes into words, so substring semantics would need its n-gram
 * analyzers anyway, behind a multi-megabyte dependency. The measurements behind this choice (against the scan it
 * replaced, and its memory and build cost) are in wilayah-api/benchmarks/README.md, "Search index".
 */
final class SubstringIndex {
    static final int GRAM = 3;
    private static final int[] NONE = new int[0];
    private static final int FEW_ENOUGH_TO_CHECK = 8;

    private final String[] keys;
    private final long[] grams;
    private final int[][] postings;
    private final long[] wordStartGrams;
    private final int[][] wordStartPostings;

    SubstringIndex(List<? extends Region> regionsInCodeOrder) {
        keys = regionsInCodeOrder.stream().map(Region::searchKey).toArray(String[]::new);
        GramTable building = new GramTable();
        GramTable wordStarts = new GramTable();
        for (int ordinal = 0; ordinal < keys.length; ordinal++) {
            String key = keys[ordinal];
            for (int length = 1; length <= GRAM; length++) {
                for (int from = 0; from + length <= key.length(); from++) {
                    building.add(gram(key, from, length), ordinal);
                }
            }
            for (int from = 0; from + GRAM <= key.length(); from++) {
                if (from == 0 || !Character.isLetterOrDigit(key.charAt(from - 1))) {
                    wordStarts.add(gram(key, from, GRAM), ordinal);
                }
            }
        }
        grams = building.sortedGrams();
        postings = building.postingsOf(grams);
        wordStartGrams = wordStarts.sortedGrams();
        wordStartPostings = wordStarts.postingsOf(wordStartGrams);
    }

    int size() {
        return keys.length;
    }

    String key(int ordinal) {
        return keys[ordinal];
    }

    /** Ordinals, ascending, of the names containing {@code needle} (non-empty, upper case). Do not modify. */
    int[] containing(String needle) {
        if (needle.length() <= GRAM) {
            return postingOf(needle, 0, needle.length());
        }
        int[][] lists = new int[needle.length() - GRAM + 1][];
        for (int from = 0; from < lists.length; from++) {
            lists[from] = postingOf(needle, from, GRAM);
            if (lists[from].length == 0) {
                return NONE;
            }
        }
        Arrays.sort(lists, Comparator.comparingInt(list -> list.length));
        int[] candidates = lists[0];
        int count = candidates.length;
        for (int i = 1; i < lists.length && count > FEW_ENOUGH_TO_CHECK; i++) {
            int[] narrowed = new int[count];
            count = intersect(candidates, count, lists[i], narrowed);
            candidates = narrowed;
        }
        int[] hits = new int[count];
        int found = 0;
        for (int i = 0; i < count; i++) {
            if (keys[candidates[i]].contains(needle)) {
                hits[found++] = candidates[i];
            }
        }
        return found == hits.length ? hits : Arrays.copyOf(hits, found);
    }

    /**
     * Ordinals, ascending, of the names in which a word (the name itself, or what follows a character that is neither
     * letter nor digit) starts with the needle's first three characters, or null for a shorter needle. A superset of
     * the names where the needle is a prefix or word prefix, usually far smaller than all names containing it.
     */
    int[] withWordStartingLike(String needle) {
        if (needle.length() < GRAM) {
            return null;
        }
        int at = Arrays.binarySearch(wordStartGrams, gram(needle, 0, GRAM));
        return at < 0 ? NONE : wordStartPostings[at];
    }

    /** An upper bound of {@code containing(needle).length}, without intersecting: the rarest gram's list size. */
    int atMostContaining(String needle) {
        if (needle.length() <= GRAM) {
            return postingOf(needle, 0, needle.length()).length;
        }
        int fewest = keys.length;
        for (int from = 0; from + GRAM <= needle.length(); from++) {
            fewest = Math.min(fewest, postingOf(needle, from, GRAM).length);
        }
        return fewest;
    }

    private int[] postingOf(String text, int from, int length) {
        int at = Arrays.binarySearch(grams, gram(text, from, length));
        return at < 0 ? NONE : postings[at];
    }

    /** Writes the ordinals present in both to {@code into}; {@code small} is the shorter, so binary search wins. */
    private static int intersect(int[] small, int smallCount, int[] large, int[] into) {
        int count = 0;
        int from = 0;
        for (int i = 0; i < smallCount && from < large.length; i++) {
            int at = Arrays.binarySearch(large, from, large.length, small[i]);
            if (at >= 0) {
                into[count++] = small[i];
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return count;
    }

    /** The characters themselves, 16 bits each, under a length tag so that "A", "\0A" and "\0\0A" differ. */
    private static long gram(String text, int from, int length) {
        long packed = length;
        for (int i = from; i < from + length; i++) {
            packed = packed << Character.SIZE | text.charAt(i);
        }
        return packed;
    }

    /** Gram to posting list while building: open addressing on the packed gram, which is never 0. */
    private static final class GramTable {
        private long[] grams = new long[1 << 14];
        private Ordinals[] postings = new Ordinals[1 << 14];
        private int size;

        void add(long gram, int ordinal) {
            int slot = slotOf(grams, gram);
            if (grams[slot] == 0) {
                grams[slot] = gram;
                postings[slot] = new Ordinals();
                if (++size * 2 > grams.length) {
                    grow();
                    slot = slotOf(grams, gram);
                }
            }
            postings[slot].add(ordinal);
        }

        private static int slotOf(long[] table, long gram) {
            int mask = table.length - 1;
            int slot = (int) (gram * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (table[slot] != 0 && table[slot] != gram) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldGrams = grams;
            Ordinals[] oldPostings = postings;
            grams = new long[oldGrams.length * 2];
            postings = new Ordinals[oldGrams.length * 2];
            for (int i = 0; i < oldGrams.length; i++) {
                if (oldGrams[i] != 0) {
                    int slot = slotOf(grams, oldGrams[i]);
                    grams[slot] = oldGrams[i];
                    postings[slot] = oldPostings[i];
                }
            }
        }

        long[] sortedGrams() {
            return Arrays.stream(grams).filter(gram -> gram != 0).sorted().toArray();
        }

        int[][] postingsOf(long[] sortedGrams) {
            int[][] lists = new int[sortedGrams.length][];
            for (int i = 0; i < sortedGrams.length; i++) {
                lists[i] = postings[slotOf(grams, sortedGrams[i])].toArray();
            }
            return lists;
        }
    }
}
