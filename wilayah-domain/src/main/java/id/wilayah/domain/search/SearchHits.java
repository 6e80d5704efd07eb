package id.wilayah.domain.search;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Village;
import java.util.List;

/** Search results per level, each list ordered by relevance. */
public record SearchHits(List<Province> provinces, List<Regency> regencies, List<District> districts,
                         List<Village> villages) {
}
