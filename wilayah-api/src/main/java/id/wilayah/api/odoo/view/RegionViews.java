package id.wilayah.api.odoo.view;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;

/** Builds the nested detail shapes by walking up the parents within one snapshot. */
public final class RegionViews {
    private final RegionSnapshot snapshot;

    public RegionViews(RegionSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public KotaDetail kota(Regency regency) {
        return new KotaDetail(regency.code(), regency.name(), province(regency));
    }

    public KecamatanDetail kecamatan(District district) {
        Regency regency = snapshot.regencies().find(district.regencyCode()).orElse(null);
        return new KecamatanDetail(district.code(), district.name(), ref(regency), province(regency));
    }

    public KelurahanDetail kelurahan(Village village) {
        District district = snapshot.districts().find(village.districtCode()).orElse(null);
        Regency regency = district == null ? null : snapshot.regencies().find(district.regencyCode()).orElse(null);
        return new KelurahanDetail(village.code(), village.name(), village.postalCode(), ref(district), ref(regency),
                province(regency));
    }

    public KodeposItem kodepos(Village village) {
        KelurahanDetail detail = kelurahan(village);
        return new KodeposItem(detail.code(), detail.name(), detail.postalCode(), detail.subDistrict(),
                detail.city(), detail.province());
    }

    private CodeName province(Regency regency) {
        if (regency == null) {
            return null;
        }
        Province province = snapshot.provinces().find(regency.provinceCode()).orElse(null);
        return ref(province);
    }

    private static CodeName ref(Region region) {
        return region == null ? null : CodeName.of(region);
    }
}
