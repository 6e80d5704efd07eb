package id.wilayah.importer.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.region.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the differ classifies changes, on hand-made editions and links, so each rule is seen on its own. */
class EditionDifferTest {
    private static final EditionInfo OLD = new EditionInfo(1, "old", "KEMENDAGRI");
    private static final EditionInfo NEW = new EditionInfo(2, "new", "KEMENDAGRI");

    private final EditionRows before = new EditionRows();
    private final EditionRows after = new EditionRows();

    private static CrosswalkLink link(Level level, String from, String to, MatchKind kind) {
        return new CrosswalkLink(level, from, to, kind, kind == MatchKind.SPLIT || kind == MatchKind.MERGED ? 0.8 : 1.0);
    }

    private EditionDiff diff(CrosswalkLink... links) {
        return EditionDiffer.between("old", before, "new", after, new Crosswalk(OLD, NEW, List.of(links)), Map.of());
    }

    private static EditionDiff.LevelDiff level(EditionDiff diff, Level level) {
        return diff.levels().get(level.ordinal());
    }

    @Test
    void aSpellingOnlyChangeIsRespelledAndARealOneRenamed() {
        before.add(Level.REGENCY, "1101", "11", "KAB. ACEH SELATAN", "Kabupaten");
        after.add(Level.REGENCY, "1101", "11", "Kabupaten Aceh Selatan", "Kabupaten");
        before.add(Level.REGENCY, "1212", "12", "KAB. TOBA SAMOSIR", "Kabupaten");
        after.add(Level.REGENCY, "1212", "12", "Kabupaten Toba", "Kabupaten");
        before.add(Level.REGENCY, "1271", "12", "KOTA MEDAN", "Kota");
        after.add(Level.REGENCY, "1271", "12", "Kota Medan", "Kota");
        before.add(Level.REGENCY, "3204", "32", "KABUPATEN BANDUNG", "Kabupaten");
        after.add(Level.REGENCY, "3204", "32", "KOTA BANDUNG", "Kota");

        EditionDiff.LevelDiff regencies = level(diff(), Level.REGENCY);

        assertEquals(1, regencies.respelled(), "KAB. and Kabupaten spell one name; case alone is no change");
        assertEquals(List.of(new EditionDiff.Renamed("1101", "KAB. ACEH SELATAN", "Kabupaten Aceh Selatan")),
                regencies.respelledCodes());
        assertEquals(2, regencies.renamed(), "a new name, and a kabupaten become a kota, are real changes");
        assertEquals(List.of("1212", "3204"),
                regencies.renamedCodes().stream().map(EditionDiff.Renamed::code).toList());
        assertEquals(0, regencies.added());
        assertEquals(0, regencies.removed());
    }

    @Test
    void aRegionUnderANewCodeIsReCodedNotRemovedAndAddedAndMovedWhenItsParentIsAnotherRegion() {
        before.add(Level.PROVINCE, "92", null, "PAPUA BARAT", null);
        after.add(Level.PROVINCE, "92", null, "Papua Barat", null);
        after.add(Level.PROVINCE, "96", null, "Papua Barat Daya", null);
        before.add(Level.REGENCY, "9201", "92", "KAB. SORONG", "Kabupaten");
        after.add(Level.REGENCY, "9601", "96", "Kabupaten Sorong", "Kabupaten");
        before.add(Level.DISTRICT, "920104", "9201", "Beraur", null);
        after.add(Level.DISTRICT, "960102", "9601", "Beraur", null);

        EditionDiff diff = diff(link(Level.PROVINCE, "92", "92", MatchKind.SAME_CODE),
                link(Level.PROVINCE, "92", "96", MatchKind.SPLIT),
                link(Level.REGENCY, "9201", "9601", MatchKind.EXACT_NAME),
                link(Level.DISTRICT, "920104", "960102", MatchKind.EXACT_NAME));

        EditionDiff.LevelDiff provinces = level(diff, Level.PROVINCE);
        assertEquals(List.of("96"), provinces.addedCodes(), "split off a province that lives on: a new region");
        assertEquals(0, provinces.recoded());
        EditionDiff.LevelDiff regencies = level(diff, Level.REGENCY);
        assertEquals(0, regencies.added());
        assertEquals(0, regencies.removed());
        assertEquals(List.of(new EditionDiff.Recoded("9201", "9601", "KAB. SORONG", "Kabupaten Sorong", "92", "96",
                "exact-name", 1.0)), regencies.recodedCodes());
        assertEquals(List.of(new EditionDiff.Reparented("9201", "9601", "92", "96", "Kabupaten Sorong")),
                regencies.reparentedCodes(), "Papua Barat Daya is another region than Papua Barat");
        EditionDiff.LevelDiff districts = level(diff, Level.DISTRICT);
        assertEquals(1, districts.recoded());
        assertEquals("960102", districts.recodedCodes().get(0).toCode());
        assertEquals(0, districts.reparented(), "its regency was only re-coded: the same parent region");
        assertEquals(0, districts.added() + districts.removed());
    }

    @Test
    void splitsAndMergesStayRemovedAndAdded() {
        before.add(Level.DISTRICT, "320401", "3204", "Cileunyi", null);
        before.add(Level.DISTRICT, "320402", "3204", "Cimenyan", null);
        after.add(Level.DISTRICT, "320440", "3204", "Cileunyi Raya", null);
        before.add(Level.DISTRICT, "320403", "3204", "Cilengkrang", null);
        after.add(Level.DISTRICT, "320441", "3204", "Cilengkrang Utara", null);
        after.add(Level.DISTRICT, "320442", "3204", "Cilengkrang Selatan", null);

        EditionDiff.LevelDiff districts = level(diff(
                link(Level.DISTRICT, "320401", "320440", MatchKind.MERGED),
                link(Level.DISTRICT, "320402", "320440", MatchKind.MERGED),
                link(Level.DISTRICT, "320403", "320441", MatchKind.SPLIT),
                link(Level.DISTRICT, "320403", "320442", MatchKind.SPLIT)), Level.DISTRICT);

        assertEquals(0, districts.recoded());
        assertEquals(List.of("320401", "320402", "320403"), districts.removedCodes());
        assertEquals(List.of("320440", "320441", "320442"), districts.addedCodes());
    }

    @Test
    void aLinkToACodeThatAlreadyExistedIsNoReCoding() {
        before.add(Level.DISTRICT, "320401", "3204", "Cileunyi", null);
        before.add(Level.DISTRICT, "320402", "3204", "Cileunyi Wetan", null);
        after.add(Level.DISTRICT, "320402", "3204", "Cileunyi Wetan", null);

        EditionDiff.LevelDiff districts = level(diff(link(Level.DISTRICT, "320401", "320402", MatchKind.MERGED)),
                Level.DISTRICT);

        assertEquals(0, districts.recoded());
        assertEquals(List.of("320401"), districts.removedCodes());
    }

    @Test
    void boundaryChangesAreCarriedPerLevelAndZeroWhereNeitherEditionHasAny() {
        before.add(Level.PROVINCE, "32", null, "JAWA BARAT", null);
        after.add(Level.PROVINCE, "32", null, "JAWA BARAT", null);
        EditionDiff diff = EditionDiffer.between("old", before, "new", after, new Crosswalk(OLD, NEW, List.of()),
                Map.of(Level.PROVINCE, new EditionDiff.GeometryChanges(1, 2, 3, 4)));

        assertEquals(new EditionDiff.GeometryChanges(1, 2, 3, 4), level(diff, Level.PROVINCE).geometry());
        assertEquals(EditionDiff.GeometryChanges.NONE, level(diff, Level.VILLAGE).geometry());
        assertTrue(level(diff, Level.PROVINCE).renamedCodes().isEmpty());
    }

    @Test
    void islandsAreCountedAddedRemovedRenamedAndMoved() {
        before.addIsland("111040081", "1109", "Pulau Lipan");
        after.addIsland("111040081", "1110", "Pulau Lipan");
        before.addIsland("110140001", "1101", "Pulau Batukapal");
        after.addIsland("110140001", "1101", "PULAU BATU KAPAL");
        before.addIsland("110140002", "1101", "Pulau Batutunggal");
        after.addIsland("110140002", "1101", "PULAU BATUTUNGGAL");
        before.addIsland("110140009", "1101", "Pulau Hilang");
        after.addIsland("350040001", null, "Pulau Madura");
        after.addIsland("350040002", null, "Pulau Baru");

        assertEquals(new EditionDiff.IslandChanges(4, 5, 2, 1, 1, 1), diff().islands());
    }
}
