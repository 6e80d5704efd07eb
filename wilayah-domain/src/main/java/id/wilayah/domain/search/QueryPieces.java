package id.wilayah.domain.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks {@code count} disjoint pieces of a query's letter-or-digit stretches whose names, looked up in the substring
 * index, are fewest together. Any word run within {@code count - 1} edits of the query keeps one of any {@code count}
 * disjoint pieces unchanged (each edit touches at most one), and a piece without separators sits inside one word of
 * the name, so the names containing one of the pieces are a superset of the fuzzy matches. The cuts are chosen by
 * the sizes of the pieces' rarest trigram lists, which cost a binary search each: a blind split into thirds of
 * {@code BANDUNG BARAT} leaves a two-letter piece that nearly every kelurahan contains.
 */
final class QueryPieces {
    private static final Pattern STRETCH = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SubstringIndex names;
    private final Map<String, Integer> estimates = new HashMap<>();

    private QueryPieces(SubstringIndex names) {
        this.names = names;
    }

    /** The names containing each of the cheapest pieces, or null when the query has fewer letters and digits. */
    static List<int[]> cheapest(String query, int count, SubstringIndex names) {
        QueryPieces pieces = new QueryPieces(names);
        Plan[] best = new Plan[count + 1];
        best[0] = Plan.EMPTY;
        Matcher stretch = STRETCH.matcher(query);
        while (stretch.find()) {
            Plan[] next = best.clone();
            for (int total = 1; total <= count; total++) {
                for (int here = 1; here <= total && here <= stretch.end() - stretch.start(); here++) {
                    if (best[total - here] != null) {
                        Plan plan = best[total - here].plus(pieces.split(stretch.group(), here));
                        if (next[total] == null || plan.size() < next[total].size()) {
                            next[total] = plan;
                        }
                    }
                }
            }
            best = next;
        }
        return best[count] == null ? null : best[count].pieces().stream().map(names::containing).toList();
    }

    /** The cheapest cut of {@code text} into {@code parts} consecutive non-empty pieces. */
    private Plan split(String text, int parts) {
        if (parts == 1) {
            return new Plan(estimates.computeIfAbsent(text, names::atMostContaining), List.of(text));
        }
        Plan best = null;
        for (int cut = 1; cut + parts - 1 <= text.length(); cut++) {
            Plan plan = split(text.substring(0, cut), 1).plus(split(text.substring(cut), parts - 1));
            if (best == null || plan.size() < best.size()) {
                best = plan;
            }
        }
        return best;
    }

    private record Plan(long size, List<String> pieces) {
        static final Plan EMPTY = new Plan(0, List.of());

        Plan plus(Plan other) {
            List<String> both = new ArrayList<>(pieces);
            both.addAll(other.pieces);
            return new Plan(size + other.size, both);
        }
    }
}
