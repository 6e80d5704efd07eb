package id.wilayah.api.editions;

import id.wilayah.domain.region.RegionCounts;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Regions per level, named as the native surface names its lists. */
@JsonbPropertyOrder({"provinsi", "kota", "kecamatan", "kelurahan"})
public record Counts(int provinsi, int kota, int kecamatan, int kelurahan) {
    static Counts of(RegionCounts counts) {
        return new Counts(counts.provinces(), counts.regencies(), counts.districts(), counts.villages());
    }
}
