package id.wilayah.domain.region;

import java.util.Locale;

/** How names are served: UPPER, as both replaced APIs did, or exactly as the edition spells them. */
public enum NameCase {
    UPPER,
    AS_IMPORTED;

    public String apply(String storedName) {
        return this == UPPER ? storedName.toUpperCase(Locale.ROOT) : storedName;
    }
}
