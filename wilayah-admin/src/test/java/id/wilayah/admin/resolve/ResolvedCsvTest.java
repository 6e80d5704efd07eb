package id.wilayah.admin.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ResolvedCsvTest {
    @Test
    void theApisColumnsComeFirstThenNamesNotesAndRest() throws IOException {
        String address = "Jl. Merdeka 4, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat 40386";
        ResolvedRow row = ResolvedRow.of(address, ResolvedRowTest.RESOLVER);
        String written = write(List.of(row));
        assertTrue(written.startsWith("query,kelurahan_code,kecamatan_code,kota_code,provinsi_code,postal_code,"
                + "confidence,kelurahan_name,kecamatan_name,kota_name,provinsi_name,notes,other_candidates,rest\r\n"),
                written);
        assertEquals(List.of(address, "3204312005", "320431", "3204", "32", "40386", row.confidence().toString(),
                "NEGLAWANGI", "KERTASARI", "KABUPATEN BANDUNG", "JAWA BARAT", "", "", "Jl. Merdeka 4"),
                records(written).get(1).toList());
    }

    @Test
    void anEchoedFormulaIsWrittenAsTextAndAnUnresolvedRowHasEmptyCells() throws IOException {
        ResolvedRow row = ResolvedRow.of("=HYPERLINK(\"http://x\")", ResolvedRowTest.RESOLVER);
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "", "", "", "", "", "", "", "", "", "",
                "no region recognised", "", ""), records(write(List.of(row))).get(1).toList());
    }

    private static String write(List<ResolvedRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResolvedCsv.write(rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
