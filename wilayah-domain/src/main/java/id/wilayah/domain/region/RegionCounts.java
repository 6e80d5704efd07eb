package id.wilayah.domain.region;

public record RegionCounts(int provinces, int regencies, int districts, int villages) {
    public long total() {
        return (long) provinces + regencies + districts + villages;
    }
}
