package id.wilayah.api.http.paging;

import id.wilayah.domain.failure.InvalidInputException;
import java.util.List;

/** A page of a list: {@code page} from 1, at most {@code limit} items. */
public record PageRequest(int page, int limit) {
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_NATIVE_LIMIT = 100;

    /** The requested page, or null when the client asked for the whole list (neither parameter given). */
    public static PageRequest optional(String page, String limit) {
        if (isAbsent(page) && isAbsent(limit)) {
            return null;
        }
        return of(page, limit, DEFAULT_NATIVE_LIMIT);
    }

    public static PageRequest of(String page, String limit, int defaultLimit) {
        return new PageRequest(number("page", page, 1, Integer.MAX_VALUE, 1),
                number("limit", limit, 1, MAX_LIMIT, defaultLimit));
    }

    /**
     * A page as wilayah-nusantara's clients ask for it: {@code limit=0} counts (no items, the total in the meta) and
     * no upper bound, since clients fill their caches with {@code limit=10000}.
     */
    public static PageRequest ofAnySize(String page, String limit, int defaultLimit) {
        return new PageRequest(number("page", page, 1, Integer.MAX_VALUE, 1),
                number("limit", limit, 0, Integer.MAX_VALUE, defaultLimit));
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    private static int number(String name, String raw, int min, int max, int defaultValue) {
        if (isAbsent(raw)) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below together with out-of-range values
        }
        throw new InvalidInputException("Query parameter " + name + " must be a whole number from " + min + " to "
                + max);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }

    public int lastPage(int total) {
        return Math.max(1, (total + limit - 1) / limit);
    }

    public <T> List<T> slice(List<T> all) {
        if (offset() >= all.size()) {
            return List.of();
        }
        int from = (int) offset();
        return all.subList(from, Math.min(all.size(), from + limit));
    }
}
