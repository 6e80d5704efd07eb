package id.wilayah.domain.region;

/** A kabupaten or kota; {@code type} is KABUPATEN, KOTA or null when the edition does not say. */
public record Regency(String code, String provinceCode, String name, String type, String searchKey) implements Region {
    @Override
    public String parentCode() {
        return provinceCode;
    }
}
