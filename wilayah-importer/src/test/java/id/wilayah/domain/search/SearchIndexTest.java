package id.wilayah.domain.search;

import id.wilayah.domain.readmodel.NationalDataset;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The indexed name filters and search answer exactly what a full scan over every name of the national dataset
 * answers: same regions, same order, for realistic, short, odd and random queries.
 */
class SearchIndexTest {
    private static final List<String> QUERIES = List.of("bandung", "BADAK", "pong", "jakarta", "sukamaju", "kab",
            "kota", "an", "a", "z", "q", "zzzq", "bandung barat", "kota  baru", "lubuk pakam i,ii", "o'", "-", "(",
            ".", "ii", "iii", "1", "sumatera utara", "desa", "ujung", "  tanjung  ", "ngg", "aceh", "%", "_",
            "xqzv", "air", "pulau", "jaya", "baru", "kampung", "sei", "muara", "ang", "sari", "tanjung", "sungai");
    private static final List<String> FUZZY_QUERIES = List.of("bandug", "bandung", "jogjakarta", "surabya", "pong",
            "sukamju", "bandung barat", "kota baru", "tanjong", "semarng", "yogyakarta", "kab bandung", "kbupaten",
            "denpasr", "makasar", "palembang", "lubuk pakam", "kota  bandung", "xqzvw", "abcd efgh", "a b c d",
            "air-itam", "o'ban", "sei  rampah");

    private final RegionSnapshot snapshot = NationalDataset.snapshot();

    @Test
    void nameFiltersOnEveryLevelMatchTheScan() {
        for (String query : QUERIES) {
            assertSameFilter(snapshot.provinces(), query);
            assertSameFilter(snapshot.regencies(), query);
            assertSameFilter(snapshot.districts(), query);
            assertSameFilter(snapshot.villages(), query);
        }
    }

    @Test
    void nameFiltersUnderAParentMatchTheScan() {
        for (String query : List.of("a", "su", "jaya", "ii", "bandung")) {
            for (String district : List.of("320405", "110101", "917101")) {
                assertEquals(codes(ScanOracle.list(snapshot.villages(), district, query)),
                        codes(snapshot.villages().list(district, query)), district + " " + query);
            }
            assertEquals(codes(ScanOracle.list(snapshot.regencies(), "32", query)),
                    codes(snapshot.regencies().list("32", query)), "32 " + query);
        }
    }

    @Test
    void aFilterTakenAsWrittenKeepsItsSpaces() {
        List<String> laterWordLebak = codes(snapshot.regencies().listContaining(null, " lebak"));
        assertEquals(List.of("3602"), laterWordLebak);
        assertTrue(snapshot.regencies().listContaining(null, " kabupaten").isEmpty(),
                "every Kabupaten is the first word of its name");
        assertEquals(snapshot.regencies().size(), snapshot.regencies().listContaining(null, "").size());
    }

    @Test
    void filterAnswersKeepCodeOrderAndFindWhatUsersTypeInAnyCase() {
        List<String> badak = codes(snapshot.villages().list(null, "badak"));
        assertTrue(badak.size() > 10, "badak should match several kelurahan, got " + badak);
        assertEquals(badak.stream().sorted().toList(), badak);
        assertEquals(badak, codes(snapshot.villages().list(null, " BaDaK ")));
        assertTrue(snapshot.villages().list(null, "xqzv").isEmpty());
    }

    @Test
    void searchMatchesTheScanForRealisticAndOddQueries() {
        for (String query : QUERIES) {
            assertSameSearch(query, 20, false);
            assertSameSearch(query, 3, false);
        }
        for (String query : FUZZY_QUERIES) {
            assertSameSearch(query, 20, true);
        }
        for (String query : List.of("bandug", "kota baru", "pong")) {
            assertSameSearch(query, 100, true);
        }
    }

    @Test
    void searchMatchesTheScanForRandomPiecesOfRealNames() {
        Random random = new Random(20251127);
        List<Village> villages = snapshot.villages().all();
        for (int i = 0; i < 300; i++) {
            String name = villages.get(random.nextInt(villages.size())).name();
            int from = random.nextInt(name.length());
            String piece = name.substring(from, Math.min(name.length(), from + 1 + random.nextInt(10)));
            if (!piece.isBlank()) {
                assertSameSearch(piece.toLowerCase(), List.of(1, 10, 50).get(random.nextInt(3)), false);
            }
        }
    }

    @Test
    void fuzzySearchMatchesTheScanForRandomTyposOfRealNames() {
        Random random = new Random(7);
        List<District> districts = snapshot.districts().all();
        for (int i = 0; i < 40; i++) {
            String name = districts.get(random.nextInt(districts.size())).name();
            String[] words = name.split(" ");
            String query = random.nextBoolean() || words.length == 1 ? words[random.nextInt(words.length)] : name;
            assertSameSearch(typo(query, random), 20, true);
        }
    }

    @Test
    void fuzzySearchFindsTheIntendedRegionsOfCommonTypos() {
        assertTrue(codes(snapshot.search("bandug", 20, true).regencies()).containsAll(List.of("3204", "3217", "3273")));
        assertEquals(List.of(), snapshot.search("bandug", 20, false).regencies());
        assertEquals(List.of("34"), codes(snapshot.search("jogjakarta", 20, true).provinces()));
    }

    @Test
    void searchRanksExactNamesFirstAndHonoursTheLimit() {
        SearchHits hits = snapshot.search("Jawa Barat", 20, false);
        assertEquals("JAWA BARAT", hits.provinces().get(0).name());
        List<Regency> bandung = snapshot.search("bandung", 20, false).regencies();
        assertEquals(List.of("3204", "3217", "3273"), codes(bandung));
        assertEquals(5, snapshot.search("jaya", 5, false).villages().size());
    }

    private static String typo(String word, Random random) {
        if (word.length() < 2) {
            return word + "x";
        }
        int at = random.nextInt(word.length());
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + (char) ('A' + random.nextInt(26)) + word.substring(at + 1);
            default -> word.substring(0, at) + (char) ('A' + random.nextInt(26)) + word.substring(at);
        };
    }

    private void assertSameSearch(String query, int limit, boolean fuzzy) {
        SearchHits hits = snapshot.search(query, limit, fuzzy);
        String what = "'" + query + "' limit " + limit + (fuzzy ? " fuzzy" : "");
        assertEquals(codes(ScanOracle.search(snapshot.provinces(), query, limit, fuzzy)), codes(hits.provinces()),
                what);
        assertEquals(codes(ScanOracle.search(snapshot.regencies(), query, limit, fuzzy)), codes(hits.regencies()),
                what);
        assertEquals(codes(ScanOracle.search(snapshot.districts(), query, limit, fuzzy)), codes(hits.districts()),
                what);
        assertEquals(codes(ScanOracle.search(snapshot.villages(), query, limit, fuzzy)), codes(hits.villages()),
                what);
    }

    private static <T extends Region> void assertSameFilter(LevelIndex<T> level, String query) {
        assertEquals(codes(ScanOracle.list(level, null, query)), codes(level.list(null, query)), query);
    }

    private static <T extends Region> List<String> codes(List<T> regions) {
        return new ArrayList<>(regions.stream().map((Function<T, String>) Region::code).toList());
    }
}
