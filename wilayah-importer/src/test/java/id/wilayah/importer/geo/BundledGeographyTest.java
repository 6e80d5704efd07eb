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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole bundled kemendagri-2025 geo pack through the importer's checks and the read model: every Feature is
 * accepted, and a pin dropped on a village's interior point finds that village.
 */
class BundledGeographyTest {
    private static final BundledDataset DATASET = BundledDataset.KEMENDAGRI_2025;
    private static final Map<RegionFile, Integer> EXPECTED = Map.of(RegionFile.PROVINCES, 38, RegionFile.REGENCIES,
            514, RegionFile.DISTRICTS, 7_285, RegionFile.VILLAGES, 83_402);

    private static final Map<Level, LevelShapes> LEVELS = new EnumMap<>(Level.class);
    private static final List<ValidationProblem> PROBLEMS = new ArrayList<>();
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

    private static Set<String> codes(RegionFile file) throws IOException {
        Set<String> codes = new HashSet<>();
        try (RegionFileReader reader = new RegionFileReader(file, DATASET.open(file))) {
            for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                codes.add(row.code());
            }
        }
        return codes;
    }
}
