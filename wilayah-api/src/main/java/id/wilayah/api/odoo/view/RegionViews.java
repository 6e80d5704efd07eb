package id.wilayah.api.odoo.view;

import id.wilayah.api.odoo.view.detail.CodeName;
import id.wilayah.api.odoo.view.detail.KecamatanDetail;
import id.wilayah.api.odoo.view.detail.KelurahanDetail;
import id.wilayah.api.odoo.view.detail.KotaDetail;
import id.wilayah.api.odoo.view.detail.ProvinsiDetail;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
import java.util.List;

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
        GeoPosition at = position(Level.PROVINCE, province);
        return new ProvinsiDetail(province.code(), province.name(), at.lat(), at.lng(), untranslated(province));
    }

    public KotaDetail kota(Regency regency) {
        GeoPosition at = position(Level.REGENCY, regency);
        return new KotaDetail(regency.code(), regency.name(), province(regency), at.lat(), at.lng(),
                untranslated(regency));
    }

    public KecamatanDetail kecamatan(District district) {
        Regency regency = snapshot.regencies().find(district.regencyCode()).filter(r -> parentOf(district, r))
                .orElseGet(() -> parent(Level.REGENCY, district));
        GeoPosition at = position(Level.DISTRICT, district);
        return new KecamatanDetail(district.code(), district.name(), ref(regency), province(regency), at.lat(),
                at.lng(), untranslated(district));
    }

    public KelurahanDetail kelurahan(Village village) {
        District district = snapshot.districts().find(village.districtCode()).filter(d -> parentOf(village, d))
                .orElseGet(() -> parent(Level.DISTRICT, village));
        Regency regency = district == null ? null : snapshot.regencies().find(district.regencyCode())
                .filter(r -> parentOf(district, r)).orElseGet(() -> parent(Level.REGENCY, district));
        GeoPosition at = position(Level.VILLAGE, village);
        return new KelurahanDetail(village.code(), village.name(), village.postalCode(), ref(district), ref(regency),
                province(regency), at.lat(), at.lng(), untranslated(village));
    }

    public KodeposItem kodepos(Village village) {
        KelurahanDetail detail = kelurahan(village);
        return new KodeposItem(detail.code(), detail.name(), detail.postalCode(), detail.subDistrict(),
                detail.city(), detail.province(), detail.untranslated());
    }

    private CodeName province(Regency regency) {
        if (regency == null) {
            return null;
        }
        Province province = snapshot.provinces().find(regency.provinceCode()).filter(p -> parentOf(regency, p))
                .orElseGet(() -> parent(Level.PROVINCE, regency));
        return ref(province);
    }

    /**
     * A parent found by its code is the right one unless the code is one a translated snapshot left to two regions
     * (a parent without counterpart keeps its own code, which may be another region's translated one).
     */
    private boolean parentOf(Region child, Region parent) {
        return !snapshot.codes().parentCodeKept(child) || snapshot.codes().codeKept(parent);
    }

    /** The parent through the edition's own codes, for a child whose parent code is ambiguous in this snapshot. */
    private <R extends Region> R parent(Level parentLevel, Region child) {
        Region own = snapshot.own().level(childLevel(parentLevel)).find(snapshot.codes().ownCode(child)).orElse(null);
        return own == null ? null : snapshot.<R>fromOwnCode(parentLevel, own.parentCode()).orElse(null);
    }

    private static Level childLevel(Level parentLevel) {
        return Level.values()[parentLevel.ordinal() + 1];
    }

    private GeoPosition position(Level level, Region region) {
        return GeoPosition.of(geo, level, snapshot.codes().ownCode(region));
    }

    private List<String> untranslated(Region region) {
        return Untranslated.of(snapshot.codes(), region, null);
    }

    private CodeName ref(Region region) {
        return region == null ? null : new CodeName(region.code(), region.name(), untranslated(region));
    }
}
