package id.wilayah.domain.crosswalk;

import id.wilayah.domain.region.Region;

/** A region taking part in matching, with its {@link NameKey}. */
record Candidate(String code, String parentCode, String key) {
    static Candidate of(Region region) {
        return new Candidate(region.code(), region.parentCode(), NameKey.of(region));
    }
}
