package id.wilayah.domain.search;

import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds names containing the query and ranks them: exact name, then name prefix, then the start of a later word,
 * then any other substring; ties by code. With {@code fuzzy}, names whose words are within a small edit distance of
 * the query follow, closest first. Only the names the level's indexes name as candidates are ranked, and they come in
 * code order, so keeping the first {@code limit} per rank replaces sorting every hit.
 */
public final class RelevanceSearch {
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int WORD_PREFIX = 2;
    private static final int SUBSTRING = 3;
    private static final int FUZZY = 4;
    private static final int RANKS = FUZZY + FuzzyName.MAX_TOLERANCE + 1;

    private final String needle;
    private final int limit;
    private final FuzzyName fuzzy;

    public RelevanceSearch(String query, int limit, boolean fuzzy) {
        this.needle = query.strip().toUpperCase(Locale.ROOT);
        this.limit = limit;
        this.fuzzy = fuzzy ? new FuzzyName(needle) : null;
    }

    /** How many edits a name of {@code length} characters may differ by and still count as a typo of it. */
    public static int typoTolerance(int length) {
        return FuzzyName.toleranceFor(length);
    }

    public <T extends Region> List<T> in(LevelIndex<T> level) {
        if (needle.isEmpty()) {
            return List.of();
        }
        SubstringIndex names = level.names();
        List<T> atWordStarts = fromWordStartsAlone(names, level.all());
        if (atWordStarts != null) {
            return atWordStarts;
        }
        int[] containing = names.containing(needle);
        TopHits top = new TopHits(limit);
        if (fuzzy == null || fuzzy.tolerance == 0) {
            for (int ordinal : containing) {
                top.add(rank(names.key(ordinal)), ordinal);
            }
        } else {
            BitSet candidates = fuzzy.candidates(names, level.words());
            for (int ordinal : containing) {
                candidates.set(ordinal);
            }
            for (int ordinal = candidates.nextSetBit(0); ordinal >= 0; ordinal = candidates.nextSetBit(ordinal + 1)) {
                int rank = rank(names.key(ordinal));
                if (rank >= 0) {
                    top.add(rank, ordinal);
                }
            }
        }
        return top.of(level.all());
    }

    /**
     * The answer when at least {@code limit} names have the needle at the start of a word: then every hit of a worse
     * rank falls beyond the limit, and the word-start list is enough. A three-letter query like {@code ang} is
     * contained in many thousand kelurahan names, but starts a word in only a few hundred.
     */
    private <T> List<T> fromWordStartsAlone(SubstringIndex names, List<T> all) {
        int[] candidates = names.withWordStartingLike(needle);
        if (candidates == null || candidates.length < limit) {
            return null;
        }
        TopHits top = new TopHits(limit);
        for (int ordinal : candidates) {
            int rank = substringRank(names.key(ordinal));
            if (rank >= 0 && rank <= WORD_PREFIX) {
                top.add(rank, ordinal);
            }
        }
        return top.size() < limit ? null : top.of(all);
    }

    private int rank(String name) {
        int rank = substringRank(name);
        if (rank >= 0 || fuzzy == null) {
            return rank;
        }
        int distance = fuzzy.distanceTo(name);
        return distance < 0 ? -1 : FUZZY + distance;
    }

    private int substringRank(String name) {
        int at = name.indexOf(needle);
        if (at < 0) {
            return -1;
        }
        if (at == 0) {
            return name.length() == needle.length() ? EXACT : PREFIX;
        }
        do {
            if (!Character.isLetterOrDigit(name.charAt(at - 1))) {
                return WORD_PREFIX;
            }
            at = name.indexOf(needle, at + 1);
        } while (at > 0);
        return SUBSTRING;
    }

    /** The first {@code limit} ordinals of each rank; fed in ascending ordinal order, that is ties broken by code. */
    private static final class TopHits {
        private final int limit;
        private final int[][] byRank = new int[RANKS][];
        private final int[] counts = new int[RANKS];

        TopHits(int limit) {
            this.limit = limit;
        }

        void add(int rank, int ordinal) {
            if (counts[rank] == limit) {
                return;
            }
            if (byRank[rank] == null) {
                byRank[rank] = new int[Math.min(limit, 16)];
            } else if (counts[rank] == byRank[rank].length) {
                byRank[rank] = Arrays.copyOf(byRank[rank], Math.min(limit, counts[rank] * 2));
            }
            byRank[rank][counts[rank]++] = ordinal;
        }

        int size() {
            int size = 0;
            for (int count : counts) {
                size += count;
            }
            return size;
        }

        <T> List<T> of(List<T> inOrdinalOrder) {
            List<T> hits = new ArrayList<>(limit);
            for (int rank = 0; rank < RANKS && hits.size() < limit; rank++) {
                for (int i = 0; i < counts[rank] && hits.size() < limit; i++) {
                    hits.add(inOrdinalOrder.get(byRank[rank][i]));
                }
            }
            return List.copyOf(hits);
        }
    }

    /**
     * Compares the query with every run of as many consecutive words of a name as the query has, so {@code BANDUG}
     * matches {@code KABUPATEN BANDUNG BARAT}. The tolerance grows with the query's length: short queries would
     * otherwise match almost anything.
     */
    static final class FuzzyName {
        static final int MAX_TOLERANCE = 2;
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");

        private final String query;
        private final int words;
        private final int tolerance;
        private final LevenshteinDistance levenshtein;

        FuzzyName(String upperCaseQuery) {
            this.query = upperCaseQuery;
            this.words = WHITESPACE.split(upperCaseQuery).length;
            this.tolerance = toleranceFor(upperCaseQuery.length());
            this.levenshtein = new LevenshteinDistance(tolerance);
        }

        static int toleranceFor(int length) {
            if (length < 4) {
                return 0;
            }
            return length < 8 ? 1 : MAX_TOLERANCE;
        }

        /**
         * A superset of the names within the tolerance: for one word, the names using a close enough dictionary
         * word; for several, the names containing two of tolerance + 2 disjoint pieces of the query (each edit
         * breaks at most one piece), or one of tolerance + 1 when the query is too short for that many.
         */
        BitSet candidates(SubstringIndex names, WordIndex dictionary) {
            BitSet candidates = new BitSet(names.size());
            if (words == 1) {
                dictionary.markNamesWithWordsNear(query, tolerance, candidates);
                return candidates;
            }
            List<int[]> pieces = QueryPieces.cheapest(query, tolerance + 2, names);
            if (pieces != null) {
                markNamesInTwo(pieces, candidates);
                return candidates;
            }
            pieces = QueryPieces.cheapest(query, tolerance + 1, names);
            if (pieces == null) {
                candidates.set(0, names.size());
                return candidates;
            }
            for (int[] containing : pieces) {
                for (int ordinal : containing) {
                    candidates.set(ordinal);
                }
            }
            return candidates;
        }

        private static void markNamesInTwo(List<int[]> pieces, BitSet twice) {
            BitSet once = new BitSet();
            for (int[] containing : pieces) {
                for (int ordinal : containing) {
                    if (once.get(ordinal)) {
                        twice.set(ordinal);
                    } else {
                        once.set(ordinal);
                    }
                }
            }
        }

        /** The smallest edit distance to a word run of the name, or -1 when none is within the tolerance. */
        int distanceTo(String name) {
            if (tolerance == 0) {
                return -1;
            }
            int[] bounds = NameWords.bounds(name);
            int nameWords = bounds.length / 2;
            int best = -1;
            for (int first = 0; first + words <= nameWords; first++) {
                int last = first + words - 1;
                int runLength = words - 1;
                for (int word = first; word <= last; word++) {
                    runLength += bounds[2 * word + 1] - bounds[2 * word];
                }
                if (Math.abs(runLength - query.length()) > tolerance) {
                    continue;
                }
                int distance = levenshtein.apply(query, run(name, bounds, first, last));
                if (distance >= 0 && (best < 0 || distance < best)) {
                    best = distance;
                }
            }
            return best;
        }

        private static CharSequence run(String name, int[] bounds, int first, int last) {
            if (first == last) {
                return name.substring(bounds[2 * first], bounds[2 * first + 1]);
            }
            StringBuilder run = new StringBuilder();
            for (int word = first; word <= last; word++) {
                if (word > first) {
                    run.append(' ');
                }
                run.append(name, bounds[2 * word], bounds[2 * word + 1]);
            }
            return run;
        }
    }
}
