package id.wilayah.domain.lineage;

/** What an edition did to a region, against the edition before it; {@link #label()} is the wire value. */
public enum HistoryEvent {
    /** First seen here, though an older retained edition exists: nothing there became this region. */
    CREATED("created"),
    /** Unchanged, or the oldest retained edition (nothing older to compare with). */
    SAME("same"),
    RENAMED("renamed"),
    /** A new code, whatever else changed with it (under a new parent, renamed). */
    RECODED("recoded"),
    /** The same code under another parent. */
    MOVED("moved"),
    SPLIT_FROM("split-from"),
    MERGED_INTO("merged-into"),
    /** This edition has no counterpart of the region; the entry repeats the region as last seen. */
    REMOVED("removed");

    private final String label;

    HistoryEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
