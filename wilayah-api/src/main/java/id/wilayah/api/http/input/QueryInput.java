package id.wilayah.api.http.input;

import id.wilayah.domain.failure.InvalidInputException;

/** Checks free-text query parameters so oversized or meaningless input is a 400, not work for the server. */
public final class QueryInput {
    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MIN_SEARCH_LENGTH = 3;

    private QueryInput() {
    }

    /** An optional name filter: null when absent or blank. */
    public static String nameFilter(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return bounded("name", raw.strip());
    }

    /**
     * A name filter as wilayah-nusantara read it: spaces kept ({@code name=%20a} finds names with a later word starting
     * with A), only an absent or empty one matching everything.
     */
    public static String nameFilterAsWritten(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return bounded("name", raw);
    }

    public static String searchQuery(String raw) {
        String query = raw == null ? "" : raw.strip();
        if (query.length() < MIN_SEARCH_LENGTH) {
            throw new InvalidInputException("Query parameter q must have at least " + MIN_SEARCH_LENGTH
                    + " characters after trimming");
        }
        return bounded("q", query);
    }

    public static int limit(String raw, int defaultValue, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below together with out-of-range values
        }
        throw new InvalidInputException("Query parameter limit must be a whole number from 1 to " + max);
    }

    private static String bounded(String parameter, String value) {
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException("Query parameter " + parameter + " is longer than " + MAX_TEXT_LENGTH
                    + " characters");
        }
        return value;
    }
}
