package id.wilayah.importer.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.LevelShapes;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.ReverseMatch;
import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole bundled kemendagri-2025 geo pack through the importer's checks and the read model: every Feature is
 * accepted, a pin dropped on a village's interior point finds that village, and a pin anywhere on land gets a village
 * with a postal code, also on an island only the province's polygon covers.
 */
class BundledGeographyTest {
    private static final BundledDataset DATASET = BundledDataset.KEMENDAGRI_2025;
    private static final Map<RegionFile, Integer> EXPECTED = Map.of(RegionFile.PROVINCES, 38, RegionFile.REGENCIES,
            514, RegionFile.DISTRICTS, 7_285, RegionFile.VILLAGES, 83_402);

    private static final Map<Level, LevelShapes> LEVELS = new EnumMap<>(Level.class);
    private static final List<ValidationProblem> PROBLEMS = new ArrayList<>();
    private static final Map<String, String> POSTAL_CODES = new HashMap<>();
    private static GeoModel model;

    @BeforeAll
    static void readThePack() throws IOException {
        for (RegionFile file : RegionFile.values()) {
            Set<String> codes = codes(file);
            List<RegionShape> shapes = new ArrayList<>();
            try (InputStream in = DATASET.openGeometry(file, Long.MAX_VALUE).orElseThrow()) {
                GeometryFileReader.read(file, in, codes::contains, shapes::add, PROBLEMS::add);
            }
            LEVELS.put(file.level(), new LevelShapes(shapes));
        }
        model = new GeoModel(LEVELS);
    }

    @Test
    void everyFeatureOfEveryLevelIsAccepted() {
        assertEquals(List.of(), PROBLEMS);
        for (RegionFile file : RegionFile.values()) {
            assertEquals(EXPECTED.get(file), LEVELS.get(file.level()).size(), file.name());
        }
    }

    @Test
    void everyVillagesInteriorPointReverseGeocodesToThatVillage() {
        List<String> exceptions = new ArrayList<>();
        for (RegionShape village : LEVELS.get(Level.VILLAGE).all()) {
            ReverseMatch match = model.reverse(village.interiorPoint().lat(), village.interiorPoint().lng(), 25_000)
                    .orElseThrow();
            if (!match.code().equals(village.code())) {
                exceptions.add(village.code() + " -> " + match.code());
            }
        }
        System.out.println("Village interior points answered by another village: " + exceptions);
        int villages = LEVELS.get(Level.VILLAGE).size();
        assertTrue(villages - exceptions.size() >= 0.999 * villages, exceptions.size() + " exceptions");
    }

    @Test
    void everyDistrictsInteriorPointLiesInThatDistrictOrWhereItOverlapsAnother() {
        LevelShapes districts = LEVELS.get(Level.DISTRICT);
        List<String> wrong = new ArrayList<>();
        for (RegionShape district : districts.all()) {
            double lat = district.interiorPoint().lat();
            double lng = district.interiorPoint().lng();
            RegionShape answer = districts.containing(lat, lng).orElseThrow();
            if (!district.shape().contains(lat, lng) || !answer.shape().contains(lat, lng)) {
                wrong.add(district.code() + " -> " + answer.code());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Two islets off the coast that the province's polygon covers and no regency's does: the island's own regency
     * (the islets' codes in the Kepmendagri island list, 35.10.400xx and 72.09.40072, say so too), its district and
     * village nearest the point.
     */
    @Test
    void anIsletOnlyTheProvincePolygonCoversGetsItsRegencyDistrictAndVillage() {
        assertIsletAnswer(-8.574828, 113.9001, "35", "3510");
        assertIsletAnswer(-0.482578, 121.691919, "72", "7209");
    }

    private static void assertIsletAnswer(double lat, double lng, String province, String regency) {
        assertEquals(province, LEVELS.get(Level.PROVINCE).containing(lat, lng).orElseThrow().code());
        assertTrue(LEVELS.get(Level.REGENCY).containing(lat, lng).isEmpty(), "no regency polygon covers the islet");
        ReverseMatch match = model.reverse(lat, lng, 25_000).orElseThrow();
        assertEquals(Level.VILLAGE, match.level(), match::toString);
        assertTrue(match.code().startsWith(regency), match::toString);
        assertTrue(match.inside());
        assertEquals(List.of(Level.REGENCY, Level.DISTRICT, Level.VILLAGE), match.inferred());
        assertTrue(POSTAL_CODES.containsKey(match.code()), "postal code of " + match.code());
        RegionShape nearestVillageOfRegency = LEVELS.get(Level.VILLAGE).nearestWithin(regency, lat, lng)
                .map(near -> LEVELS.get(Level.VILLAGE).byCode(near.code()).orElseThrow()).orElseThrow();
        assertEquals(nearestVillageOfRegency.code(), match.code(), "the district chosen holds the nearest village");
    }

    /** Seeded random points in the provinces' polygons, as pins dropped on a map of Indonesia. */
    @Test
    void everyPinOnLandGetsAVillageWithAPostalCode() {
        Random random = new Random(24);
        List<String> withoutVillage = new ArrayList<>();
        int inferred = 0;
        for (int pins = 0; pins < 20_000; ) {
            double lat = -11 + 17 * random.nextDouble();
            double lng = 95 + 46 * random.nextDouble();
            if (LEVELS.get(Level.PROVINCE).containing(lat, lng).isEmpty()) {
                continue;
            }
            pins++;
            ReverseMatch match = model.reverse(lat, lng, 25_000).orElseThrow();
            if (match.level() != Level.VILLAGE || !POSTAL_CODES.containsKey(match.code())) {
                withoutVillage.add(lat + "," + lng + " -> " + match);
            }
            inferred += match.inferred().isEmpty() ? 0 : 1;
        }
        assertEquals(List.of(), withoutVillage);
        assertTrue(inferred > 0, "some pins fall where a finer level's polygons leave a gap");
    }

    private static Set<String> codes(RegionFile file) throws IOException {
        Set<String> codes = new HashSet<>();
        try (RegionFileReader reader = new RegionFileReader(file, DATASET.open(file))) {
            for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                codes.add(row.code());
                if (row.postalCode() != null && !row.postalCode().isBlank()) {
                    POSTAL_CODES.put(row.code(), row.postalCode());
                }
            }
        }
        return codes;
    }
}
