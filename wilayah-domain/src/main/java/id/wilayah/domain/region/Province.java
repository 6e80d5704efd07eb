package id.wilayah.domain.region;

public record Province(String code, String name, String searchKey) implements Region {
    @Override
    public String parentCode() {
        return "";
    }
}
