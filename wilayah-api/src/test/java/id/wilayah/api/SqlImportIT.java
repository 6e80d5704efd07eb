package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.Multipart;
import id.wilayah.testsupport.TestKeys;
import id.wilayah.testsupport.database.TestDatabase;
import id.wilayah.testsupport.imports.ImportRuns;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A decree uploaded as upstream publishes it, in the SQL layout: the region dump (here gzip-compressed, phpMyAdmin
 * style) and the postal code dump through /api/admin/imports as a dry run, staged with derived parents, types and
 * postal codes; a broken dump is rejected with its file and line, keeping nothing.
 */
class SqlImportIT extends DeployedWar {
    private static final String REGIONS = """
            -- phpMyAdmin SQL Dump
            SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
            START TRANSACTION;
            /*!40101 SET NAMES utf8mb4 */;
            CREATE TABLE `wilayah` (
              `kode` varchar(13) NOT NULL,
              `nama` varchar(100) DEFAULT NULL
            ) ENGINE=MyISAM DEFAULT CHARSET=utf8;
            INSERT INTO `wilayah` (`kode`, `nama`) VALUES
            ('32', 'JAWA BARAT'),
            ('32.04', 'KAB. BANDUNG'),
            ('32.04.31', 'Kertasari'),
            ('32.04.31.2005', 'Neglawangi'),
            ('32.73', 'KOTA BANDUNG'),
            ('32.73.01', 'Sukasari'),
            ('32.73.01.1001', 'Sarijadi');
            COMMIT;
            """;
    private static final String POSTAL_CODES = """
            INSERT INTO wilayah_kodepos(kode,kodepos)
            VALUES
            ('32.04.31.2005', '40386'),
            ('32.73.01.1001', '40151');
            """;
    private static String adminKey;

    @BeforeEach
    void connect() {
        if (adminKey == null) {
            adminKey = TestKeys.adminKey();
        }
    }

    @Test
    void aDecreeUploadedAsSqlIsStagedWithParentsTypesAndPostalCodes() {
        Multipart form = new Multipart().field("edition", "sql-dry").field("dryRun", "true")
                .file("wilayah.sql.gz", "wilayah.sql.gz", ImportRuns.gzip(REGIONS.getBytes(StandardCharsets.UTF_8)))
                .file("wilayah_kodepos.sql", "wilayah_kodepos.sql", POSTAL_CODES.getBytes(StandardCharsets.UTF_8));
        JsonObject run = new ImportRuns(server, adminKey).run(form);

        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals(7, run.getJsonNumber("rowsWritten").longValue(), run::toString);
        assertEquals(List.of("3204|KABUPATEN", "3273|KOTA"), TestDatabase.SHARED.strings("select concat(r.code, '|', r.type) from regency r"
                + " join edition e on e.id = r.edition_id where e.name = 'sql-dry' order by r.code"));
        assertEquals(List.of("3204312005|320431|DESA|40386", "3273011001|327301|KELURAHAN|40151"),
                TestDatabase.SHARED.strings("select concat(v.code, '|', v.district_code, '|', v.type, '|', v.postal_code) from village v"
                        + " join edition e on e.id = v.edition_id where e.name = 'sql-dry' order by v.code"));
        assertEquals(List.of("kemendagri-2025"), TestDatabase.SHARED.strings("select e.name from active_edition a join edition e"
                + " on e.id = a.edition_id"));
    }

    @Test
    void aBrokenDumpIsRejectedWithItsLineAndKeepsNothing() {
        String broken = REGIONS.replace("('32.73', 'KOTA BANDUNG'),", "('32.73', 'KOTA BANDUNG'\n('32.74', 'X'),");
        Multipart form = new Multipart().field("edition", "sql-broken").field("dryRun", "false")
                .file("wilayah.sql", "wilayah.sql", broken.getBytes(StandardCharsets.UTF_8));
        JsonObject run = new ImportRuns(server, adminKey).run(form);

        assertEquals("REJECTED", run.getString("status"), run::toString);
        JsonObject problem = run.getJsonArray("problems").getJsonObject(0);
        assertEquals("wilayah.sql:15: expected ',' or ')' in a row, found '('; reading stopped here",
                problem.getString("file") + ":" + problem.getJsonNumber("line") + ": " + problem.getString("reason"));
        assertEquals(List.of("0"), TestDatabase.SHARED.strings("select count(*) from province p join edition e on e.id = p.edition_id"
                + " where e.name = 'sql-broken'"));
    }
}
