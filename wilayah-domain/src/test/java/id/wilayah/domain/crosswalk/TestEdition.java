package id.wilayah.domain.crosswalk;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.RegionFactory;
import id.wilayah.domain.region.Village;
import java.util.ArrayList;
import java.util.List;

/**
 * A small edition written region by region; the level follows from the code's length. Shared with the tests of the
 * packages that work on pairs of editions.
 */
public final class TestEdition {
    private final RegionFactory factory = new RegionFactory(NameCase.AS_IMPORTED);
    private final String name;
    private final List<Province> provinces = new ArrayList<>();
    private final List<Regency> regencies = new ArrayList<>();
    private final List<District> districts = new ArrayList<>();
    private final List<Village> villages = new ArrayList<>();

    public TestEdition(String name) {
        this.name = name;
    }

    public TestEdition region(String code, String parent, String regionName) {
        switch (code.length()) {
            case 2 -> provinces.add(factory.province(code, regionName));
            case 4 -> regencies.add(factory.regency(code, parent, regionName,
                    regionName.toUpperCase().startsWith("KOTA") ? "Kota" : "Kabupaten"));
            case 6, 7 -> districts.add(factory.district(code, parent, regionName));
            default -> villages.add(factory.village(code, parent, regionName, "Desa", null));
        }
        return this;
    }

    public RegionSnapshot snapshot() {
        return new RegionSnapshot(new EditionInfo(name.hashCode(), name, "KEMENDAGRI"), provinces, regencies,
                districts, villages);
    }
}
