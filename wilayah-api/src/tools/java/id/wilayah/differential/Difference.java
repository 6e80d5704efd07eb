package id.wilayah.differential;

/**
 * One way an answer of ours differs from the peer's.
 *
 * @param kind what differs
 * @param path where, e.g. {@code data[code=3204].type} or {@code meta.total}; {@code $} is the whole body
 * @param peer the peer's value, shortened; {@code (absent)} when it has none
 * @param ours our value, shortened; {@code (absent)} when we have none
 */
record Difference(Kind kind, String path, String peer, String ours) {
    static final String ABSENT = "(absent)";

    enum Kind {
        MISSING_FIELD("missing field", "the peer answers a field we do not"),
        EXTRA_FIELD("extra field", "we answer a field the peer does not"),
        DIFFERENT_VALUE("different value", "same field, another value or type (names compared case-blind)"),
        DIFFERENT_STATUS("different status", "another HTTP status (bodies then not compared)"),
        DIFFERENT_COUNT("different count", "another number of items in a list, or another meta.total"),
        KEPT_CLIENT_ERROR("kept 4xx for the peer's 5xx",
                "the peer fails with 5xx where we answer 4xx: kept on purpose, not counted as a difference");

        private final String label;
        private final String meaning;

        Kind(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        String label() {
            return label;
        }

        String meaning() {
            return meaning;
        }

        boolean counts() {
            return this != KEPT_CLIENT_ERROR;
        }
    }
}
