package id.wilayah.api.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.resolve.Resolution;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolvedTableTest {
    private static List<String> table(List<String> addresses, int limit) throws IOException {
        RegionSnapshot snapshot = ResolveFixture.kemendagri();
        List<Resolution> resolutions = addresses.stream()
                .map(address -> snapshot.resolver().resolve(address, limit)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResolvedTable.of(resolutions).write(out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void oneLinePerCandidateInInputOrderWithEmptyCodesWhereNothingIsRecognised() throws IOException {
        List<String> lines = table(List.of(ResolveFixture.LABEL, "Jl. Merdeka No. 5", "Kec. Kertasari"), 1);

        assertEquals("query,kelurahan_code,kecamatan_code,kota_code,provinsi_code,postal_code,confidence",
                lines.get(0));
        assertEquals(4, lines.size());
        assertEquals("\"" + ResolveFixture.LABEL + "\",3204312005,320431,3204,32,40386,", lines.get(1)
                .substring(0, lines.get(1).lastIndexOf(',') + 1));
        assertEquals("Jl. Merdeka No. 5,,,,,,", lines.get(2));
        assertEquals("Kec. Kertasari,,320431,3204,32,,", lines.get(3).substring(0, lines.get(3).lastIndexOf(',') + 1));
    }

    @Test
    void anEchoedQueryIsWrittenAsTextNeverAsAFormula() throws IOException {
        assertEquals("'=HYPERLINK(\"\"x\"\"),,,,,,", table(List.of("=HYPERLINK(\"x\")"), 1).get(1)
                .replaceFirst("^\"", "").replaceFirst("\",", ","));
    }
}
