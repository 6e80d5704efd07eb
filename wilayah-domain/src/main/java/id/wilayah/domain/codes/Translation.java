package id.wilayah.domain.codes;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the snapshot of an edition in the codes of another system: every region with its data (name, postal code,
 * parent) as the edition has it, its code and its parent's code replaced by their counterparts' where the
 * {@link CodeMap} pairs them, kept where it does not. Built once per edition, so a request pays nothing for it.
 */
final class Translation {
    private final CodeMap map;
    private final Set<Region> kept = identitySet();
    private final Set<Region> parentKept = identitySet();
    private final Set<Region> ambiguous = identitySet();
    private final Set<Region> parentAmbiguous = identitySet();
    private final Map<Region, String> ownCodes = new IdentityHashMap<>();
    private final Map<Level, Map<String, Region>> byOwnCode = new EnumMap<>(Level.class);

    private Translation(CodeMap map) {
        this.map = map;
    }

    static RegionSnapshot of(RegionSnapshot own, CodeMap map, String system) {
        return new Translation(map).translate(own, system);
    }

    private RegionSnapshot translate(RegionSnapshot own, String system) {
        List<Province> provinces = new ArrayList<>(own.provinces().size());
        for (Province province : own.provinces().all()) {
            provinces.add(note(Level.PROVINCE, province.code(), null, null,
                    new Province(code(Level.PROVINCE, province.code()), province.name(), province.searchKey())));
        }
        List<Regency> regencies = new ArrayList<>(own.regencies().size());
        for (Regency regency : own.regencies().all()) {
            regencies.add(note(Level.REGENCY, regency.code(), Level.PROVINCE, regency.provinceCode(),
                    new Regency(code(Level.REGENCY, regency.code()), code(Level.PROVINCE, regency.provinceCode()),
                            regency.name(), regency.type(), regency.searchKey())));
        }
        List<District> districts = new ArrayList<>(own.districts().size());
        for (District district : own.districts().all()) {
            districts.add(note(Level.DISTRICT, district.code(), Level.REGENCY, district.regencyCode(),
                    new District(code(Level.DISTRICT, district.code()), code(Level.REGENCY, district.regencyCode()),
                            district.name(), district.searchKey())));
        }
        List<Village> villages = new ArrayList<>(own.villages().size());
        for (Village village : own.villages().all()) {
            villages.add(note(Level.VILLAGE, village.code(), Level.DISTRICT, village.districtCode(),
                    new Village(code(Level.VILLAGE, village.code()), code(Level.DISTRICT, village.districtCode()),
                            village.name(), village.type(), village.postalCode(), village.searchKey())));
        }
        SnapshotCodes codes = new SnapshotCodes(system, kept, parentKept, ambiguous, parentAmbiguous, ownCodes,
                byOwnCode);
        return new RegionSnapshot(own, provinces, regencies, districts, villages, codes);
    }

    private String code(Level level, String ownCode) {
        return map.otherCode(level, ownCode).orElse(ownCode);
    }

    private <R extends Region> R note(Level level, String ownCode, Level parentLevel, String parentOwnCode,
                                      R translated) {
        byOwnCode.computeIfAbsent(level, l -> new HashMap<>()).put(ownCode, translated);
        if (map.otherCode(level, ownCode).isPresent()) {
            ownCodes.put(translated, ownCode);
        } else {
            kept.add(translated);
            if (map.usedByOther(level, ownCode)) {
                ambiguous.add(translated);
            }
        }
        if (parentLevel != null && map.otherCode(parentLevel, parentOwnCode).isEmpty()) {
            parentKept.add(translated);
            if (map.usedByOther(parentLevel, parentOwnCode)) {
                parentAmbiguous.add(translated);
            }
        }
        return translated;
    }

    private static Set<Region> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
