package id.wilayah.domain.region;

/** A kelurahan or desa; {@code postalCode} may hold several comma-separated codes, or null when unknown. */
public record Village(String code, String districtCode, String name, String type, String postalCode, String searchKey)
        implements Region {
    @Override
    public String parentCode() {
        return districtCode;
    }
}
