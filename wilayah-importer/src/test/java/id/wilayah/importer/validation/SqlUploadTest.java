package id.wilayah.importer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.ValidationProblem;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RowCounter;
import id.wilayah.importer.source.SqlDumpFile;
import id.wilayah.importer.source.UploadedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL dumps as an admin uploads them (named as upstream names them, gzip-compressed or not) and as bundled. */
class SqlUploadTest {
    private static final long MIB = 1 << 20;
    private static final String DUMP = """
            INSERT INTO wilayah (kode, nama) VALUES ('32','JAWA BARAT'), ('32.04','KAB. BANDUNG'),
            ('32.04.31','Kertasari'), ('32.04.31.2005','Neglawangi');
            """;

    @Test
    void uploadsAreRecognisedByTheirUpstreamNames() {
        assertEquals(Optional.of(SqlDumpFile.REGIONS), SqlDumpFile.named("wilayah.sql"));
        assertEquals(Optional.of(SqlDumpFile.REGIONS), SqlDumpFile.named("wilayah_2022.sql.gz"));
        assertEquals(Optional.of(SqlDumpFile.POSTAL_CODES), SqlDumpFile.named("wilayah_kodepos.sql"));
        assertEquals(Optional.of(SqlDumpFile.POSTAL_CODES), SqlDumpFile.named("WILAYAH_KODEPOS_2023.sql.gz"));
        assertEquals(Optional.empty(), SqlDumpFile.named("villages.csv"));
        assertEquals(Optional.empty(), SqlDumpFile.named("wilayah_pulau.sql"));
    }

    @Test
    void aGzipUploadIsReadAndItsRowsCountedForProgress(@TempDir Path upload) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(upload.resolve("wilayah.sql")))) {
            out.write(DUMP.getBytes(StandardCharsets.UTF_8));
        }
        UploadedFiles files = new UploadedFiles(upload);
        CorpusImport run = CorpusImport.of(files, MIB);
        assertEquals(List.of(), run.validation.report().problems());
        assertEquals("3204312005", run.rows(Level.VILLAGE).get(0).code());
        assertEquals(4, RowCounter.dataRows(files, MIB));
    }

    /** 32 MiB of whitespace packs into a few kB: the reading stops where the unpacked limit is passed. */
    @Test
    void aGzipBombStopsAtTheUnpackedLimit(@TempDir Path upload) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(upload.resolve("wilayah.sql")))) {
            byte[] spaces = " ".repeat((int) MIB).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 32; i++) {
                out.write(spaces);
            }
            out.write(DUMP.getBytes(StandardCharsets.UTF_8));
        }
        List<ValidationProblem> problems = CorpusImport.of(new UploadedFiles(upload), MIB).validation.report()
                .problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("wilayah.sql", problems.get(0).file());
        assertTrue(problems.get(0).reason().contains("unpacks to more than " + 8 * MIB + " bytes"), problems::toString);
    }

    @Test
    void aBrokenGzipUploadIsOneProblemOfTheFile(@TempDir Path upload) throws IOException {
        Files.write(upload.resolve("wilayah.sql"), new byte[] {0x1f, (byte) 0x8b, 'n', 'o', 't'});
        List<ValidationProblem> problems = CorpusImport.of(new UploadedFiles(upload), MIB).validation.report()
                .problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(0, problems.get(0).line());
        assertTrue(problems.get(0).reason().startsWith("the file could not be read: "), problems::toString);
    }

    @Test
    void retentionKeepsTheHistoricalEditionsImportedFromTheirBundledDumps() {
        for (String name : List.of("kemendagri-2016", "kemendagri-2018", "kemendagri-2020", "kemendagri-2022")) {
            BundledDataset dataset = BundledDataset.named(name);
            assertTrue(dataset.hasSqlDump(), name);
            assertTrue(BundledDataset.imported(name, dataset.source()), name);
        }
    }
}
