package id.wilayah.importer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.source.BundledDataset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL layout on the upstream dumps themselves: the 2025 decree's dump gives exactly the regions bundled as CSV,
 * and each bundled historical dump is read without a problem, with the counts the datasets README records.
 */
class SqlEditionsTest {
    private static final long LIMIT = 50L << 20;

    @Test
    void the2025DumpGivesTheBundled2025Edition() {
        CorpusImport fromSql = CorpusImport.of(SqlSource.resources("kemendagri-2025"), LIMIT);
        CorpusImport bundled = CorpusImport.of(BundledDataset.KEMENDAGRI_2025, LIMIT);
        assertEquals(List.of(), fromSql.validation.report().problems());
        for (Level level : Level.values()) {
            Map<String, String> expected = described(bundled.rows(level));
            Map<String, String> actual = described(fromSql.rows(level));
            assertEquals(expected.size(), actual.size(), level + " count");
            assertEquals(expected, actual, level + " regions");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kemendagri-2016, 34, 514, 416, 7160, 83184, 8430",
            "kemendagri-2018, 34, 514, 416, 7201, 83436, 8479",
            "kemendagri-2020, 34, 514, 416, 7230, 83449, 8488",
            "kemendagri-2022, 34, 514, 416, 7266, 83467, 8506"})
    void bundledHistoricalDumpsAreValid(String dataset, int provinces, int regencies, int kabupaten, int districts,
                                        int villages, int kelurahan) {
        CorpusImport run = CorpusImport.of(BundledDataset.named(dataset), LIMIT);
        assertEquals(List.of(), run.validation.report().problems());
        assertEquals(List.of(provinces, regencies, districts, villages),
                List.of(Level.values()).stream().map(level -> run.rows(level).size()).toList());
        assertEquals(List.of(kabupaten, regencies - kabupaten), List.of(typed(run, Level.REGENCY, "KABUPATEN"),
                typed(run, Level.REGENCY, "KOTA")));
        assertEquals(List.of(kelurahan, villages - kelurahan), List.of(typed(run, Level.VILLAGE, "KELURAHAN"),
                typed(run, Level.VILLAGE, "DESA")));
        assertEquals(0, run.rows(Level.VILLAGE).stream().filter(row -> row.postalCode() != null).count(),
                "no postal codes: no postal dump matches this edition");
    }

    private static int typed(CorpusImport run, Level level, String type) {
        return (int) run.rows(level).stream().filter(row -> type.equals(row.type())).count();
    }

    private static Map<String, String> described(List<RegionRow> rows) {
        return rows.stream().collect(Collectors.toMap(RegionRow::code,
                row -> row.parentRef() + "|" + row.name() + "|" + row.type() + "|" + row.postalCode(),
                (a, b) -> a + " AND " + b, java.util.TreeMap::new));
    }

}
