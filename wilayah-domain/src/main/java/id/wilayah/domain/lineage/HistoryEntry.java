package id.wilayah.domain.lineage;

import java.util.List;

/**
 * The region in one edition: its code, name and parent code there ({@code parent} null for a province), the event
 * that led to it, and for a split or merge the other regions of the event ({@code with}: the other parts of a split in
 * this edition, the other regions merged in from the edition before).
 */
public record HistoryEntry(String edition, String code, String name, String parent, HistoryEvent event,
                           List<Other> with) {
    public HistoryEntry {
        with = List.copyOf(with);
    }

    /** Another region of a split or merge, as its edition names it. */
    public record Other(String code, String name) {
    }
}
