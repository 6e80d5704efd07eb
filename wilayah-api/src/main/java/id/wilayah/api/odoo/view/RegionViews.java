package id.wilayah.api.odoo.view;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;

/** Builds the nested detail shapes by walking up the parents within one snapshot. */
public final class RegionViews {
    private final RegionSnapshot snapshot;
    private final GeoModel geo;

    public RegionViews(RegionSnapshot snapshot) {
        this(snapshot, GeoModel.empty());
    }

    /** Details then carry each region's interior point from {@code geo}, the same edition's geography. */
    public RegionViews(RegionSnapshot snapshot, GeoModel geo) {
        this.snapshot = snapshot;
        this.geo = geo;
    }

    public ProvinsiDetail provinsi(Province province) {
        GeoPosition at = GeoPosition.of(geo, Level.PROVINCE, province.code());
        return new ProvinsiDetail(province.code(), province.name(), at.lat(), at.lng());
    }

    public KotaDetail kota(Regency regency) {
        GeoPosition at = GeoPosition.of(geo, Level.REGENCY, regency.code());
        return new KotaDetail(regency.code(), regency.name(), province(regency), at.lat(), at.lng());
    }

    public KecamatanDetail kecamatan(District district) {
        Regency regency = snapshot.regencies().find(district.regencyCode()).orElse(null);
        GeoPosition at = GeoPosition.of(geo, Level.DISTRICT, district.code());
        return new KecamatanDetail(district.code(), district.name(), ref(regency), province(regency), at.lat(),
                at.lng());
    }

    public KelurahanDetail kelurahan(Village village) {
        District district = snapshot.districts().find(village.districtCode()).orElse(null);
        Regency regency = district == null ? null : snapshot.regencies().find(district.regencyCode()).orElse(null);
        GeoPosition at = GeoPosition.of(geo, Level.VILLAGE, village.code());
        return new KelurahanDetail(village.code(), village.name(), village.postalCode(), ref(district), ref(regency),
                province(regency), at.lat(), at.lng());
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
