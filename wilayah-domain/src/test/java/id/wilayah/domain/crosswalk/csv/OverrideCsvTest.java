package id.wilayah.domain.crosswalk.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.region.Level;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverrideCsvTest {
    private final EditionPair pair = Editions.bpsToKemendagri();

    @Test
    void aGoodFileGivesOneOverridePerLineWithItsLevel() throws IOException {
        List<OverrideLine> lines = read("\uFEFFfrom_code,to_code\r\n32.04.050,320432\r\n\r\n3204050001,\r\n"
                + " 3204050002 , 3204312005\n3204050002,3204312006\n");
        assertEquals(List.of(new OverrideLine(2, Level.DISTRICT, "3204050", "320432"),
                new OverrideLine(4, Level.VILLAGE, "3204050001", null),
                new OverrideLine(5, Level.VILLAGE, "3204050002", "3204312005"),
                new OverrideLine(6, Level.VILLAGE, "3204050002", "3204312006")), lines);
    }

    @Test
    void theDownloadedTableCanBeUploadedAsItIs() throws IOException {
        List<OverrideLine> lines = read("level,from_code,from_name,to_code,to_name,match,confidence\n"
                + "kecamatan,3204050,KERTASARI,320431,Kertasari,exact-name,1.0\n");
        assertEquals(List.of(new OverrideLine(2, Level.DISTRICT, "3204050", "320431")), lines);
    }

    @Test
    void everyBadLineIsReportedWithItsLineNumber() {
        OverrideCsvException rejected = assertThrows(OverrideCsvException.class, () -> read("FROM_CODE,To_Code\n"
                + "3204050,320431\n"
                + "32x4,320431\n"
                + "3204059,320431\n"
                + "3204050,3204\n"
                + "3204050001,3204319999\n"
                + "3204050,320431\n"
                + "3204050002,\n"
                + "3204050002,3204312006\n"
                + "3204050001,3204312005,extra\n"
                + ",320431\n"));
        assertEquals(List.of(
                new CsvProblem(3, "invalid from_code '32x4': expected 2, 4, 6 or 7, or 10 digits, optionally"
                        + " separated by single dots"),
                new CsvProblem(4, "from_code 3204059 is not a kecamatan of bps-test"),
                new CsvProblem(5, "to_code 3204 is a kota code, but from_code 3204050 is a kecamatan"),
                new CsvProblem(6, "to_code 3204319999 is not a kelurahan of kemendagri-test"),
                new CsvProblem(7, "repeats line 2"),
                new CsvProblem(9, "from_code 3204050002 is linked on one line and without counterpart on another"
                        + " (line 8)"),
                new CsvProblem(10, "expected 2 columns as in the header, found 3"),
                new CsvProblem(11, "from_code is empty")), rejected.problems());
        assertEquals(8, rejected.total());
        assertTrue(rejected.getMessage().contains("8 problems; nothing was changed"), rejected.getMessage());
    }

    @Test
    void aHeaderWithoutTheCodeColumnsIsRejectedOnLineOne() {
        OverrideCsvException rejected = assertThrows(OverrideCsvException.class,
                () -> read("code,target\n3204050,320431\n"));
        assertEquals(List.of(
                new CsvProblem(1, "the header has no from_code column (expected at least from_code,to_code)"),
                new CsvProblem(1, "the header has no to_code column (expected at least from_code,to_code)")),
                rejected.problems());
    }

    @Test
    void brokenQuotingStopsReadingAtItsLine() {
        OverrideCsvException rejected = assertThrows(OverrideCsvException.class,
                () -> read("from_code,to_code\n3204050,320431\n\"3204050001,3204312005\n"));
        assertEquals(1, rejected.total());
        assertEquals(3, rejected.problems().get(0).line());
        assertTrue(rejected.problems().get(0).reason().startsWith("malformed CSV, reading stopped here"),
                rejected.problems().get(0).reason());
    }

    @Test
    void anEmptyFileAndAHeaderAloneAreRejected() {
        assertEquals(List.of(new CsvProblem(0, "the file is empty: expected a header with from_code,to_code")),
                assertThrows(OverrideCsvException.class, () -> read("")).problems());
        assertEquals(List.of(new CsvProblem(0, "the file has a header but no overrides")),
                assertThrows(OverrideCsvException.class, () -> read("from_code,to_code\n\n")).problems());
    }

    @Test
    void manyProblemsAreCountedButOnlyTheFirstAreKept() {
        StringBuilder file = new StringBuilder("from_code,to_code\n");
        for (int i = 0; i < OverrideCsv.MAX_REPORTED_PROBLEMS + 50; i++) {
            file.append("99,\n");
        }
        OverrideCsvException rejected = assertThrows(OverrideCsvException.class, () -> read(file.toString()));
        assertEquals(OverrideCsv.MAX_REPORTED_PROBLEMS + 50, rejected.total());
        assertEquals(OverrideCsv.MAX_REPORTED_PROBLEMS, rejected.problems().size());
    }

    @Test
    void aLinkTypedInTheConsoleIsCheckedAsALineIs() {
        assertEquals(new OverrideLine(0, Level.VILLAGE, "3204050001", null),
                OverrideCsv.line(pair, 0, "32.04.05.0001", "  "));
        InvalidInputException wrongLevel = assertThrows(InvalidInputException.class,
                () -> OverrideCsv.line(pair, 0, "32", "3204"));
        assertEquals("to_code 3204 is a kota code, but from_code 32 is a provinsi", wrongLevel.getMessage());
    }

    private List<OverrideLine> read(String file) throws IOException {
        return OverrideCsv.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), pair);
    }
}
