package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.RegionCounts;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.search.SearchHits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSnapshotTest {
    private static Regency regency(String code, String name) {
        return new Regency(code, code.substring(0, 2), name, name.startsWith("KOTA") ? "KOTA" : "KABUPATEN", name);
    }

    private static District district(String code, String name) {
        return new District(code, code.substring(0, 4), name, name);
    }

    private static Village village(String code, String name, String postalCode) {
        return new Village(code, code.substring(0, 6), name, "DESA", postalCode, name);
    }

    private final RegionSnapshot snapshot = new RegionSnapshot(new EditionInfo(1, "test", "KEMENDAGRI"),
            List.of(new Province("32", "JAWA BARAT", "JAWA BARAT"), new Province("31", "DKI JAKARTA", "DKI JAKARTA")),
            List.of(regency("3273", "KOTA BANDUNG"), regency("3204", "KABUPATEN BANDUNG"),
                    regency("3217", "KABUPATEN BANDUNG BARAT"), regency("3201", "KABUPATEN BOGOR")),
            List.of(district("320401", "BANDUNGAN"), district("320402", "BANDUNG"), district("320403", "CIBANDUNG"),
                    district("320404", "CIPONGKOR")),
            List.of(village("3204012001", "SUKAMAJU", "40386"), village("3204022001", "MEKAR", "40386,40387"),
                    village("3204032001", "JAYA", null)));

    @Test
    void listsAreOrderedByCodeWhateverTheInputOrder() {
        assertEquals(List.of("31", "32"), snapshot.provinces().all().stream().map(Province::code).toList());
        assertEquals(List.of("3201", "3204", "3217", "3273"),
                snapshot.regencies().all().stream().map(Regency::code).toList());
    }

    @Test
    void filtersByParentAndCaseInsensitiveSubstring() {
        assertEquals(List.of("320404"), snapshot.districts().list("3204", "pong").stream().map(District::code)
                .toList());
        assertEquals(3, snapshot.districts().list("3204", "BANDUNG").size());
        assertTrue(snapshot.districts().list("9999", null).isEmpty());
    }

    @Test
    void percentAndUnderscoreMatchThemselves() {
        assertTrue(snapshot.regencies().list(null, "%").isEmpty());
        assertTrue(snapshot.regencies().list(null, "_").isEmpty());
    }

    @Test
    void searchRanksExactThenPrefixThenWordPrefixThenSubstring() {
        SearchHits hits = snapshot.search("bandung", 20, false);
        assertEquals(List.of("BANDUNG", "BANDUNGAN", "CIBANDUNG"),
                hits.districts().stream().map(District::name).toList());
        assertEquals(List.of("KABUPATEN BANDUNG", "KABUPATEN BANDUNG BARAT", "KOTA BANDUNG"),
                hits.regencies().stream().map(Regency::name).toList());
    }

    @Test
    void searchHonoursTheLimitPerLevel() {
        assertEquals(2, snapshot.search("bandung", 2, false).districts().size());
    }

    @Test
    void postalCodeIndexCoversVillagesWithSeveralCodes() {
        assertEquals(List.of("3204012001", "3204022001"),
                snapshot.villagesWithPostalCode("40386").stream().map(Village::code).toList());
        assertEquals(List.of("3204022001"),
                snapshot.villagesWithPostalCode("40387").stream().map(Village::code).toList());
    }

    @Test
    void countsEveryLevel() {
        assertEquals(new RegionCounts(2, 4, 4, 3), snapshot.counts());
    }
}
