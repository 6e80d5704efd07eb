package id.wilayah.importer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.Layout;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.SqlDumpFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decree as published upstream (one SQL dump of all levels with dotted codes, and a postal code dump) imported as
 * the bundled CSV files are derived: level from the digits, parent from the prefix, types from name and code, postal
 * codes by village code; and every problem named by file and line.
 */
class SqlLayoutTest {
    private static final long LIMIT = 1 << 20;
    private static final String REGIONS = """
            -- Provinsi JAWA BARAT
            INSERT INTO wilayah (kode, nama)
            VALUES
            ('32','JAWA BARAT'),
            ('32.04','KAB. BANDUNG'),
            ('32.04.31','Kertasari'),
            ('32.04.31.2005','Neglawangi'),
            ('32.73','KOTA BANDUNG'),
            ('32.73.01','Sukasari'),
            ('32.73.01.1001','Sarijadi'),
            ('32.79','Kabupaten Contoh'),
            ('32.79.01','Contoh'),
            ('32.79.01.3001','Desa Adat Contoh');
            """;
    private static final String POSTAL_CODES = """
            INSERT INTO wilayah_kodepos(kode,kodepos)
            VALUES
            ('32.04.31.2005', '40386'),
            ('32.73.01.1001', '40151'),
            ('99.99.99.2001', '99999');
            """;

    @Test
    void derivesLevelsParentsTypesAndPostalCodes() {
        CorpusImport run = CorpusImport.of(SqlSource.of(REGIONS).with(SqlDumpFile.POSTAL_CODES, POSTAL_CODES), LIMIT);
        assertEquals(List.of(), run.validation.report().problems());
        assertEquals(List.of("32|null|JAWA BARAT|null|null"), described(run, Level.PROVINCE));
        assertEquals(List.of("3204|32|KAB. BANDUNG|KABUPATEN|null", "3273|32|KOTA BANDUNG|KOTA|null",
                "3279|32|Kabupaten Contoh|KABUPATEN|null"), described(run, Level.REGENCY));
        assertEquals(List.of("320431|3204|Kertasari|null|null", "327301|3273|Sukasari|null|null",
                "327901|3279|Contoh|null|null"), described(run, Level.DISTRICT));
        assertEquals(List.of("3204312005|320431|Neglawangi|DESA|40386", "3273011001|327301|Sarijadi|KELURAHAN|40151",
                "3279013001|327901|Desa Adat Contoh|DESA|null"), described(run, Level.VILLAGE));
        assertEquals(Layout.SQL, run.rows(Level.VILLAGE).get(0).layout());
        assertEquals(7, run.rows(Level.VILLAGE).get(0).line());
    }

    @Test
    void withoutAPostalDumpVillagesHaveNoPostalCode() {
        CorpusImport run = CorpusImport.of(SqlSource.of(REGIONS), LIMIT);
        assertEquals(List.of(), run.validation.report().problems());
        assertEquals(3, run.rows(Level.VILLAGE).stream().filter(row -> row.postalCode() == null).count());
    }

    @Test
    void aBrokenDumpIsReportedOnceWithItsLine() {
        String broken = REGIONS.replace("('32.73','KOTA BANDUNG'),", "('32.73','KOTA BANDUNG')\n('32.74','X'),");
        assertEquals(List.of(new ValidationProblem("wilayah.sql", 9,
                        "expected ',' or ';' after a row, found '('; reading stopped here")),
                CorpusImport.of(SqlSource.of(broken), LIMIT).validation.report().problems());
    }

    @Test
    void rowProblemsNameTheDumpAndLine() {
        String bad = REGIONS.replace("('32.73.01','Sukasari'),", "('32.73.01','Sukasari'),\n('32.73.01','Again'),")
                .replace("('32.79.01','Contoh'),", "('32.79.01','Contoh'),\n('33.01.01','Orphan'),\n('32.7','Odd'),");
        assertEquals(List.of(new ValidationProblem("wilayah.sql", 15,
                                "code '32.7' is no region code (2, 4, 6 or 10 digits, e.g. 32.04.05.2001)"),
                        new ValidationProblem("wilayah.sql", 10, "duplicate code 327301 (first on line 9)"),
                        new ValidationProblem("wilayah.sql", 14, "unknown parent 3301 (not a code in wilayah.sql)")),
                CorpusImport.of(SqlSource.of(bad), LIMIT).validation.report().problems());
    }

    @Test
    void aDumpOfOtherColumnsIsRefused() {
        String islands = "INSERT INTO wilayah_pulau (kode, nama, lat) VALUES\n('11.01.40001','Pulau Batu','2.1');";
        assertEquals(List.of(new ValidationProblem("wilayah.sql", 2, "INSERT INTO wilayah_pulau (kode, name, lat): a"
                        + " region dump inserts the columns (kode, nama); reading stopped here")),
                CorpusImport.of(SqlSource.of(islands.replace("nama,", "name,")), LIMIT).validation.report()
                        .problems());
    }

    @Test
    void postalDumpProblemsNameTheirFileAndLine() {
        String postal = POSTAL_CODES.replace("'40151'", "'4015'");
        assertEquals(List.of(new ValidationProblem("wilayah_kodepos.sql", 4,
                        "invalid postal code '4015' (expected 5 digits)")),
                CorpusImport.of(SqlSource.of(REGIONS).with(SqlDumpFile.POSTAL_CODES, postal), LIMIT)
                        .validation.report().problems());
    }

    @Test
    void aDumpOverTheSizeLimitIsOneProblem() {
        assertEquals(List.of(new ValidationProblem("wilayah.sql", 0,
                        "the file is larger than the limit of 100 bytes (wilayah.import.max-file-bytes)")),
                CorpusImport.of(SqlSource.of(REGIONS), 100).validation.report().problems());
    }

    @Test
    void aDumpWithoutVillagesSaysSo() {
        String noVillages = REGIONS.lines().filter(line -> !line.matches("\\('\\d\\d\\.\\d\\d\\.\\d\\d\\..*"))
                .reduce("", (a, b) -> a + b + "\n").replace("'Contoh'),", "'Contoh');");
        assertEquals(List.of(new ValidationProblem("wilayah.sql", 0, "the dump has no villages (codes of 10 digits)")),
                CorpusImport.of(SqlSource.of(noVillages), LIMIT).validation.report().problems());
    }

    private static List<String> described(CorpusImport run, Level level) {
        return run.rows(level).stream().map(SqlLayoutTest::described).toList();
    }

    private static String described(RegionRow row) {
        return row.code() + "|" + row.parentRef() + "|" + row.name() + "|" + row.type() + "|" + row.postalCode();
    }
}
