package id.wilayah.domain.region;

import java.util.List;

/** Search results per level, each list ordered by relevance. */
public record SearchHits(List<Province> provinces, List<Regency> regencies, List<District> districts,
                         List<Village> villages) {
}
