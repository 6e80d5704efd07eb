package id.wilayah.importer.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.validation.EditionValidation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two bundled Kemendagri editions differ as the data README says. */
class EditionDifferTest {
    private static EditionDiff diff;

    @BeforeAll
    static void compareBundledEditions() throws IOException {
        diff = EditionDiffer.between("kemendagri-2023", rows(BundledDataset.KEMENDAGRI_2023), "kemendagri-2025",
                rows(BundledDataset.KEMENDAGRI_2025));
    }

    private static EditionRows rows(BundledDataset dataset) throws IOException {
        EditionRows rows = new EditionRows();
        EditionValidation validation = new EditionValidation();
        for (RegionFile file : RegionFile.values()) {
            try (RegionFileReader reader = RegionFileReader.open(file, dataset, Long.MAX_VALUE)) {
                for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                    RegionRow canonical = validation.check(row);
                    rows.add(row.level(), canonical.code(), canonical.parentRef(), canonical.name());
                }
            }
        }
        return rows;
    }

    private static EditionDiff.LevelDiff level(Level level) {
        return diff.levels().get(level.ordinal());
    }

    @Test
    void oneProvinceIsNew() {
        assertEquals(1, level(Level.PROVINCE).added());
        assertEquals(List.of("96"), level(Level.PROVINCE).addedCodes());
        assertEquals(0, level(Level.PROVINCE).removed());
    }

    @Test
    void sixRegenciesMovedToPapuaBaratDaya() {
        EditionDiff.LevelDiff regencies = level(Level.REGENCY);
        assertEquals(6, regencies.added());
        assertEquals(6, regencies.removed());
        assertEquals(6, regencies.reparented());
        regencies.reparentedCodes().forEach(move -> {
            assertEquals("92", move.fromParent());
            assertEquals("96", move.toParent());
        });
    }

    @Test
    void districtsAndVillagesChangeByTheReadmeCounts() {
        assertEquals(140, level(Level.DISTRICT).added());
        assertEquals(132, level(Level.DISTRICT).removed());
        assertEquals(1111, level(Level.VILLAGE).added());
        assertEquals(1112, level(Level.VILLAGE).removed());
        assertEquals(1233, level(Level.VILLAGE).renamed());
    }

    @Test
    void listsAreCappedButCountsAreExact() {
        EditionDiff.LevelDiff villages = level(Level.VILLAGE);
        assertEquals(EditionDiff.MAX_LISTED, villages.renamedCodes().size());
        assertEquals(EditionDiff.MAX_LISTED, villages.addedCodes().size());
    }
}
