package id.wilayah.domain.nik;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;

/** Where a NIK was issued, named by {@code edition} (the requested one, or a retained one that still has the code). */
public record NikRegion(Province province, Regency regency, District district, String edition, boolean current) {
}
