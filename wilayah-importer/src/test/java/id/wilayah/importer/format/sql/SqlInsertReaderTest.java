package id.wilayah.importer.format.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippets in the style of each upstream dump (2016 to 2025), their escapes, and dumps that cannot be read. */
class SqlInsertReaderTest {

    @Test
    void readsThe2016StyleWithDoubleQuotesAndBackslashEscapes() throws IOException {
        List<SqlTuple> rows = read("""
                DROP TABLE IF EXISTS wilayah;
                CREATE TABLE IF NOT EXISTS wilayah(
                kode VARCHAR(13) PRIMARY KEY,
                nama VARCHAR(100)
                ) ENGINE=MyISAM;

                INSERT INTO wilayah(kode,nama) VALUES
                ("11","ACEH"),
                ("11.01.07.2015","Sawang Ba\\'u"),
                ("11.01.07.2016","Say \\"Hi\\"");""");
        assertEquals(List.of("11|ACEH|8", "11.01.07.2015|Sawang Ba'u|9", "11.01.07.2016|Say \"Hi\"|10"),
                described(rows));
        assertEquals("wilayah", rows.get(0).table());
    }

    @Test
    void readsThe2018AdminerStyleWithBackticks() throws IOException {
        List<SqlTuple> rows = read("""
                -- Adminer 4.3.1 MySQL dump

                SET NAMES utf8;
                SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO';

                DROP TABLE IF EXISTS `wilayah_2018`;
                CREATE TABLE `wilayah_2018` (
                  `kode` varchar(13) NOT NULL,
                  `nama` varchar(100) DEFAULT NULL
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

                INSERT INTO `wilayah_2018` (`kode`, `nama`) VALUES
                ('11','ACEH'),
                ('11.01.02.2018','Pasi Kuala Ba\\'u');

                -- 2018-06-10 23:27:24
                """);
        assertEquals(List.of("11|ACEH|13", "11.01.02.2018|Pasi Kuala Ba'u|14"), described(rows));
        assertEquals(List.of("kode", "nama"), rows.get(0).columns());
        assertEquals("wilayah_2018", rows.get(0).table());
    }

    @Test
    void readsThe2020PhpMyAdminStyleWithDoubledQuotes() throws IOException {
        List<SqlTuple> rows = read("""
                -- phpMyAdmin SQL Dump
                SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
                SET AUTOCOMMIT = 0;
                START TRANSACTION;
                SET time_zone = "+00:00";
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                /*!40101 SET NAMES utf8mb4 */;
                --
                -- Database: `wilayah`
                -- --------------------------------------------------------
                DROP TABLE IF EXISTS `wilayah_2020`;
                CREATE TABLE `wilayah_2020` (
                  `kode` varchar(13) NOT NULL,
                  `nama` varchar(100) DEFAULT NULL
                ) ENGINE=MyISAM DEFAULT CHARSET=utf8;
                INSERT INTO `wilayah_2020` (`kode`, `nama`) VALUES
                ('11', 'ACEH'),
                ('11.01.02.2018', 'Pasi Kuala Ba''u');
                ALTER TABLE `wilayah_2020`
                  ADD PRIMARY KEY (`kode`);
                COMMIT;
                /*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
                """);
        assertEquals(List.of("11|ACEH|17", "11.01.02.2018|Pasi Kuala Ba'u|18"), described(rows));
    }

    @Test
    void readsThe2022And2025StyleWithOneInsertPerProvince() throws IOException {
        List<SqlTuple> rows = read("""
                /*
                header comment with a 'quote' and a ; semicolon
                */
                CREATE INDEX wilayah_name_idx ON wilayah (nama);
                -- Provinsi ACEH
                INSERT INTO wilayah_2022 (kode, nama)
                VALUES
                ('11','ACEH'),
                ('11.01','KAB. ACEH SELATAN');
                -- Provinsi SUMATERA UTARA
                INSERT INTO wilayah_2022 (kode, nama)
                VALUES
                ('12','SUMATERA UTARA'),('12.01','KAB. TAPANULI TENGAH');
                """);
        assertEquals(List.of("11|ACEH|8", "11.01|KAB. ACEH SELATAN|9", "12|SUMATERA UTARA|13",
                "12.01|KAB. TAPANULI TENGAH|13"), described(rows));
    }

    @Test
    void readsEscapesCommentsNullAndNumbers() throws IOException {
        List<SqlTuple> rows = read("""
                # a hash comment
                INSERT IGNORE INTO t (a, b, c) VALUES ('x\\ty\\\\z', NULL, 42), /* inline */ ('it''s', "a ""b"" c", 7);
                REPLACE INTO t (a, b, c) VALUES ('multi
                line', '', 1)""");
        assertEquals("x\ty\\z", rows.get(0).value("a"));
        assertNull(rows.get(0).value("b"));
        assertEquals("42", rows.get(0).value("c"));
        assertEquals("it's", rows.get(1).value("a"));
        assertEquals("a \"b\" c", rows.get(1).value("b"));
        assertEquals("multi\nline", rows.get(2).value("a"));
        assertEquals(3, rows.get(2).line());
    }

    @Test
    void anInsertWithoutColumnsTakesThemFromItsCreateTableAsMysqldumpWritesIt() throws IOException {
        List<SqlTuple> rows = read("""
                CREATE TABLE `wilayah` (
                  `kode` varchar(13) NOT NULL,
                  `nama` varchar(100) DEFAULT NULL COMMENT 'name, as decreed',
                  PRIMARY KEY (`kode`),
                  KEY `nama_idx` (`nama`(20))
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                LOCK TABLES `wilayah` WRITE;
                INSERT INTO `wilayah` VALUES ('11','ACEH'),('11.01','KAB. ACEH SELATAN');
                UNLOCK TABLES;""");
        assertEquals(List.of("11|ACEH|8", "11.01|KAB. ACEH SELATAN|8"), described(rows));
    }

    @Test
    void anInsertWithoutColumnsOrCreateTableIsRefused() {
        SqlSyntaxException refused = assertThrows(SqlSyntaxException.class, () -> read("""
                CREATE INDEX wilayah_name_idx ON wilayah (nama);
                INSERT INTO wilayah VALUES ('11','ACEH');"""));
        assertEquals(2, refused.line());
        assertEquals("INSERT INTO wilayah without a column list, and no CREATE TABLE wilayah before it to take the"
                + " columns from", refused.getMessage());
    }

    @Test
    void aBrokenStatementStopsWithItsLine() {
        SqlSyntaxException broken = assertThrows(SqlSyntaxException.class, () -> read("""
                INSERT INTO wilayah (kode, nama) VALUES
                ('11','ACEH'),
                ('11.01' 'KAB. ACEH SELATAN'),
                ('12','SUMATERA UTARA');"""));
        assertEquals(3, broken.line());
        assertEquals("expected ',' or ')' in a row, found a quoted value", broken.getMessage());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        SqlSyntaxException broken = assertThrows(SqlSyntaxException.class, () -> read("""
                INSERT INTO wilayah (kode, nama) VALUES
                ('11','ACEH'),
                ('12','SUMATERA UTARA);
                """));
        assertEquals(3, broken.line());
        assertTrue(broken.getMessage().contains("never closed"), broken.getMessage());
    }

    @Test
    void aRowWithTooFewValuesIsRefused() {
        SqlSyntaxException broken = assertThrows(SqlSyntaxException.class, () -> read("""
                INSERT INTO wilayah (kode, nama) VALUES
                ('11');"""));
        assertEquals(2, broken.line());
        assertEquals("a row of 1 values for 2 columns (kode, nama)", broken.getMessage());
    }

    @Test
    void statementsThatChangeInsertedRowsAreRefused() {
        SqlSyntaxException refused = assertThrows(SqlSyntaxException.class, () -> read("""
                INSERT INTO wilayah (kode, nama) VALUES ('11','ACEH');
                UPDATE wilayah SET nama = 'ACEH DARUSSALAM' WHERE kode = '11';"""));
        assertEquals(2, refused.line());
        assertTrue(refused.getMessage().startsWith("UPDATE statement"), refused.getMessage());
    }

    @Test
    void aValueLongerThanTheCellLimitStopsTheReading() {
        String dump = "INSERT INTO wilayah (kode, nama) VALUES\n('11','" + "A".repeat(101) + "');";
        SqlSyntaxException tooLong = assertThrows(SqlSyntaxException.class, () -> read(dump, 100));
        assertEquals(2, tooLong.line());
        assertEquals("a quoted value longer than 100 characters", tooLong.getMessage());
    }

    private static List<SqlTuple> read(String dump) throws IOException {
        return read(dump, 1 << 20);
    }

    private static List<SqlTuple> read(String dump, int maxChars) throws IOException {
        List<SqlTuple> rows = new ArrayList<>();
        try (SqlInsertReader reader = new SqlInsertReader(
                new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)), maxChars)) {
            for (SqlTuple row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> described(List<SqlTuple> rows) {
        return rows.stream().map(row -> row.value("kode") + "|" + row.value("nama") + "|" + row.line()).toList();
    }
}
