package id.wilayah.domain.crosswalk.store;

import id.wilayah.domain.readmodel.RegionSnapshot;

/** The two editions of a crosswalk request, checked: both ready, and not the same. */
public record EditionPair(RegionSnapshot source, RegionSnapshot target) {
}
