package id.wilayah.domain.search;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzySearchTest {
    private final RegionSnapshot snapshot = new RegionSnapshot(new EditionInfo(1, "test", "KEMENDAGRI"),
            List.of(new Province("34", "DAERAH ISTIMEWA YOGYAKARTA", "DAERAH ISTIMEWA YOGYAKARTA"),
                    new Province("32", "JAWA BARAT", "JAWA BARAT")),
            List.of(new Regency("3204", "32", "KABUPATEN BANDUNG", "KABUPATEN", "KABUPATEN BANDUNG"),
                    new Regency("3471", "34", "KOTA YOGYAKARTA", "KOTA", "KOTA YOGYAKARTA"),
                    new Regency("3201", "32", "KABUPATEN BOGOR", "KABUPATEN", "KABUPATEN BOGOR")),
            List.of(new District("320402", "3204", "BANDUNG", "BANDUNG")),
            List.of());

    @Test
    void typoFindsTheIntendedNameOnlyWhenFuzzyIsAsked() {
        assertTrue(snapshot.search("bandug", 20, false).regencies().isEmpty());
        SearchHits hits = snapshot.search("bandug", 20, true);
        assertEquals(List.of("3204"), hits.regencies().stream().map(Regency::code).toList());
        assertEquals(List.of("320402"), hits.districts().stream().map(District::code).toList());
    }

    @Test
    void spellingVariantsWithinTwoEditsMatchLongQueries() {
        SearchHits hits = snapshot.search("jogjakarta", 20, true);
        assertEquals(List.of("34"), hits.provinces().stream().map(Province::code).toList());
        assertEquals(List.of("3471"), hits.regencies().stream().map(Regency::code).toList());
    }

    @Test
    void exactAndSubstringMatchesRankBeforeFuzzyOnes() {
        SearchHits hits = snapshot.search("bogor", 20, true);
        assertEquals("3201", hits.regencies().get(0).code());
    }

    @Test
    void namesWithOddSeparatorsMatchLikeTheScan() {
        RegionSnapshot odd = new RegionSnapshot(new EditionInfo(1, "test", "KEMENDAGRI"), List.of(), List.of(),
                List.of(new District("110101", "1101", "(AB) CD", "(AB) CD"),
                        new District("110102", "1101", "LUBUK PAKAM I,II", "LUBUK PAKAM I,II"),
                        new District("110103", "1101", "SEI--RAMPAH", "SEI--RAMPAH"),
                        new District("110104", "1101", "O’BANDUNG", "O’BANDUNG"),
                        new District("110105", "1101", "--", "--")),
                List.of());
        for (String query : List.of("ab cd", "ab  cd", "lubuk pakam i ii", "lubuk pakem", "sei rampah",
                "sei-rampah", "o bandung", "obandung", "bandug", "pakam i,ii", "--", "x--")) {
            assertEquals(ScanOracle.search(odd.districts(), query, 20, true), odd.search(query, 20, true).districts(),
                    query);
        }
        assertEquals(List.of("110101"), odd.search("ab  cd", 20, true).districts().stream().map(District::code)
                .toList());
    }

    @Test
    void shortQueriesAreNotFuzzyMatchedAgainstEverything() {
        assertTrue(snapshot.search("kab", 20, true).districts().isEmpty());
        assertEquals(0, RelevanceSearch.FuzzyName.toleranceFor(3));
        assertEquals(1, RelevanceSearch.FuzzyName.toleranceFor(6));
        assertEquals(2, RelevanceSearch.FuzzyName.toleranceFor(10));
    }
}
