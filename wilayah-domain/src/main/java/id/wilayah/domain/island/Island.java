package id.wilayah.domain.island;

/**
 * One island. {@code regencyCode} is null for an island assigned to a province only; {@code lat}/{@code lng} are null
 * when the edition gives no position, {@code populated} when it does not say whether anyone lives there.
 * {@code searchKey} is the upper-case name, for case-insensitive name filters.
 */
public record Island(String code, String regencyCode, String name, String searchKey, Double lat, Double lng,
                     Boolean populated, boolean outermost) {
    /** The province: the code's first two digits. */
    public String provinceCode() {
        return code.substring(0, 2);
    }

    public boolean hasPosition() {
        return lat != null && lng != null;
    }
}
