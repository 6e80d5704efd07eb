package id.wilayah.domain.region;

public record District(String code, String regencyCode, String name, String searchKey) implements Region {
    @Override
    public String parentCode() {
        return regencyCode;
    }
}
