package id.wilayah.domain.island;

import java.util.Locale;

/**
 * What a list of islands is narrowed to; each part null for "any". {@code regencyCode} is in the edition's own codes.
 */
public record IslandFilter(String regencyCode, String name, Boolean populated, Boolean outermost) {
    public static final IslandFilter ALL = new IslandFilter(null, null, null, null);

    boolean accepts(Island island) {
        return (regencyCode == null || regencyCode.equals(island.regencyCode()))
                && (name == null || island.searchKey().contains(name.strip().toUpperCase(Locale.ROOT)))
                && (populated == null || populated.equals(island.populated()))
                && (outermost == null || outermost == island.outermost());
    }
}
