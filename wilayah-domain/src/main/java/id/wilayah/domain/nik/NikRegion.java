package id.wilayah.domain.nik;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;

/**
 * Where a NIK was issued, named by {@code edition}: the requested one, or a retained one that still has the code when
 * the lineage leads nowhere ({@code current} false). {@code resolvedVia} is set when the NIK's district code is not in
 * the requested edition and was followed from a retained edition to the requested one's region; null otherwise.
 */
public record NikRegion(Province province, Regency regency, District district, String edition, boolean current,
                        NikLineage resolvedVia) {
}
