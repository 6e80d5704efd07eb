package id.wilayah.domain.crosswalk;

/** Why two regions are linked; {@link #label()} is the contract's wire value. */
public enum MatchKind {
    SAME_CODE("same-code"),
    EXACT_NAME("exact-name"),
    FUZZY_NAME("fuzzy-name"),
    SPLIT("split"),
    MERGED("merged"),
    MANUAL("manual");

    private final String label;

    MatchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MatchKind ofLabel(String label) {
        for (MatchKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown match kind " + label);
    }
}
