package id.wilayah.domain.resolve;

import id.wilayah.domain.region.Level;
import id.wilayah.domain.resolve.AddressResolver.FormerName;

/**
 * A run of words (from {@code from} to before {@code to}) read as the name of the region numbered {@code ordinal} of
 * {@code level}: exactly, or within {@code typos} edits, or as its name in another edition ({@code former}, else
 * null). {@code quoteFrom} is where its prefix starts when the text labelled it with its level
 * ({@code Kec. Kertasari}), which makes the reading surer.
 */
record Mention(Level level, int ordinal, int from, int to, int quoteFrom, int typos, boolean labelled,
               FormerName former) {
    boolean overlaps(Mention other) {
        return quoteFrom < other.to && other.quoteFrom < to;
    }
}
