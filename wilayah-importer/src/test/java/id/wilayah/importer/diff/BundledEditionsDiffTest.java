package id.wilayah.importer.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.RegionFactory;
import id.wilayah.domain.region.Village;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.validation.EditionValidation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two bundled Kemendagri editions differ as the importer README says, with the crosswalk the server computes. */
class BundledEditionsDiffTest {
    private static EditionDiff diff;
    private static EditionDiff back;

    /** One bundled edition as the diff reads it (rows) and as the crosswalk reads it (a snapshot). */
    private record Edition(EditionRows rows, RegionSnapshot snapshot) {
    }

    @BeforeAll
    static void compareBundledEditions() throws IOException {
        Edition older = read(BundledDataset.KEMENDAGRI_2023);
        Edition newer = read(BundledDataset.KEMENDAGRI_2025);
        diff = EditionDiffer.between("kemendagri-2023", older.rows(), "kemendagri-2025", newer.rows(),
                Crosswalk.between(older.snapshot(), newer.snapshot()), Map.of());
        back = EditionDiffer.between("kemendagri-2025", newer.rows(), "kemendagri-2023", older.rows(),
                Crosswalk.between(newer.snapshot(), older.snapshot()), Map.of());
    }

    private static Edition read(BundledDataset dataset) throws IOException {
        EditionRows rows = new EditionRows();
        EditionValidation validation = new EditionValidation();
        RegionFactory factory = new RegionFactory(NameCase.UPPER);
        List<Province> provinces = new ArrayList<>();
        List<Regency> regencies = new ArrayList<>();
        List<District> districts = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        for (RegionFile file : RegionFile.values()) {
            try (RegionFileReader reader = RegionFileReader.open(file, dataset, Long.MAX_VALUE)) {
                for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                    RegionRow r = validation.check(row);
                    rows.add(r.level(), r.code(), r.parentRef(), r.name(), r.type());
                    switch (file) {
                        case PROVINCES -> provinces.add(factory.province(r.code(), r.name()));
                        case REGENCIES -> regencies.add(factory.regency(r.code(), r.parentRef(), r.name(), r.type()));
                        case DISTRICTS -> districts.add(factory.district(r.code(), r.parentRef(), r.name()));
                        case VILLAGES -> villages.add(factory.village(r.code(), r.parentRef(), r.name(), r.type(),
                                r.postalCode()));
                    }
                }
            }
        }
        EditionInfo edition = new EditionInfo(dataset.ordinal() + 1, dataset.datasetName(), "KEMENDAGRI");
        return new Edition(rows, new RegionSnapshot(edition, provinces, regencies, districts, villages));
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
    void regencyPrefixesAreRespellingsNotRenames() {
        EditionDiff.LevelDiff regencies = level(Level.REGENCY);
        assertEquals(417, regencies.respelled());
        assertTrue(regencies.respelledCodes().contains(
                new EditionDiff.Renamed("1101", "KAB. ACEH SELATAN", "Kabupaten Aceh Selatan")));
        assertEquals(List.of(new EditionDiff.Renamed("7310", "KAB. PANGKAJENE KEPULAUAN",
                "Kabupaten Pangkajene dan Kepulauan")), regencies.renamedCodes(), "a word was added: renamed");
    }

    @Test
    void sixRegenciesAreReCodedIntoPapuaBaratDaya() {
        EditionDiff.LevelDiff regencies = level(Level.REGENCY);
        assertEquals(0, regencies.added());
        assertEquals(0, regencies.removed());
        assertEquals(6, regencies.recoded());
        assertEquals(6, regencies.reparented());
        regencies.reparentedCodes().forEach(move -> {
            assertEquals("92", move.fromParent());
            assertEquals("96", move.toParent());
        });
        assertTrue(regencies.recodedCodes().stream().anyMatch(r -> r.fromCode().equals("9201")
                && r.toCode().equals("9601") && r.match().equals("exact-name")), regencies.recodedCodes()::toString);
    }

    @Test
    void theirDistrictsAreReCodedButNotMoved() {
        EditionDiff.LevelDiff districts = level(Level.DISTRICT);
        assertTrue(districts.recodedCodes().contains(new EditionDiff.Recoded("920104", "960102", "Beraur", "Beraur",
                "9201", "9601", "exact-name", 1.0)), districts.recodedCodes()::toString);
        assertEquals(0, districts.reparented(), districts.reparentedCodes()::toString);
        assertEquals(132, districts.recoded());
        assertEquals(List.of("720124", "720620", "810516", "920231", "920232", "920233", "920234", "920235"),
                districts.addedCodes(), "new districts, no re-coded one among them");
        assertEquals(0, districts.removed());
        assertEquals(52, districts.renamed());
        assertEquals(55, districts.respelled());
    }

    @Test
    void villagesChangeByTheReadmeCounts() {
        EditionDiff.LevelDiff villages = level(Level.VILLAGE);
        assertEquals(28, villages.added());
        assertEquals(29, villages.removed());
        assertEquals(1083, villages.recoded());
        assertEquals(81, villages.reparented(), "moved into one of the new districts");
        assertEquals(606, villages.renamed());
        assertEquals(627, villages.respelled());
    }

    @Test
    void backwardsJakartaIsRespelledAndPapuaBaratDayaRemoved() {
        EditionDiff.LevelDiff provinces = back.levels().get(Level.PROVINCE.ordinal());
        assertEquals(List.of("96"), provinces.removedCodes());
        assertEquals(0, provinces.renamed(), provinces.renamedCodes()::toString);
        assertEquals(List.of(new EditionDiff.Renamed("31", "Daerah Khusus Ibukota Jakarta", "DKI JAKARTA")),
                provinces.respelledCodes());
    }

    @Test
    void listsAreCappedButCountsAreExact() {
        EditionDiff.LevelDiff villages = level(Level.VILLAGE);
        assertTrue(villages.recoded() > EditionDiff.MAX_LISTED);
        assertEquals(EditionDiff.MAX_LISTED, villages.recodedCodes().size());
    }
}
