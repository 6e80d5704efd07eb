package id.wilayah.importer.island;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.importer.format.ValidationProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class IslandFileReaderTest {
    private static final String HEADER = "code,regency_code,name,lat,lng,populated,outermost\n";

    private final List<ValidationProblem> problems = new ArrayList<>();
    private final IslandFileReader reader = new IslandFileReader(Set.of("11", "35")::contains,
            Set.of("1101", "3526")::contains, problems::add);

    @Test
    void acceptsRegencyAndProvinceIslandsWithDotsAndEmptyValues() throws IOException {
        List<IslandRow> rows = read(HEADER
                + "11.01.40001,11.01,Pulau Batukapal,3.3176,97.1283,false,false\n"
                + "350040001,,Pulau Madura,-7.0427,113.2979,true,\n"
                + "110140002,1101,Pulau Tanpa Titik,,,,true\n");

        assertEquals(List.of(), problems);
        assertEquals(3, rows.size());
        assertEquals("110140001", rows.get(0).code());
        assertEquals("1101", rows.get(0).regencyCode());
        assertNull(rows.get(1).regencyCode());
        assertEquals(Boolean.TRUE, rows.get(1).populated());
        assertFalse(rows.get(1).outermost());
        assertNull(rows.get(2).lat());
        assertNull(rows.get(2).populated());
        assertTrue(rows.get(2).outermost());
    }

    @Test
    void reportsUnknownRegencyOutsideIndonesiaAndDuplicateCodeEachWithItsLine() throws IOException {
        read(HEADER
                + "110140001,1101,Pulau Batukapal,3.3176,97.1283,false,false\n"
                + "999940001,9999,Pulau Entah,-7.0,113.0,false,false\n"
                + "110140002,1101,Pulau Jauh,51.5,-0.12,false,false\n"
                + "\n"
                + "11.01.40001,1101,Pulau Batukapal Lagi,3.3,97.1,false,false\n"
                + "110140003,1101,Pulau Setengah,3.3,,false,false\n"
                + "352640001,1101,Pulau Salah Induk,-7.0,113.0,,false\n"
                + "110140005,,Pulau Tanpa Kabupaten,3.3,97.1,,false\n"
                + "110140004,1101,Pulau Kira,3.3,97.1,maybe,false\n");

        assertEquals(List.of(
                "islands.csv:3: unknown regency 9999 (not a code in regencies.csv)",
                "islands.csv:4: coordinates outside Indonesia's bounding box (lat -12.0..7.0, lng 94.0..142.0):"
                        + " 51.5, -0.12",
                "islands.csv:6: duplicate code 110140001 (first on line 2)",
                "islands.csv:7: give both lat and lng, or neither",
                "islands.csv:8: code 352640001 is not under its regency 1101",
                "islands.csv:9: empty regency_code, but code 110140005 names regency 1101 (a province's own island has"
                        + " 00 there)",
                "islands.csv:10: populated must be true, false or empty, not 'maybe'"),
                problems.stream().map(ValidationProblem::toString).toList());
    }

    @Test
    void aWrongHeaderIsOneProblemOnLineOne() throws IOException {
        List<IslandRow> rows = read("kode,nama,lat,lng\n110140001,Pulau Batukapal,3.3,97.1\n");

        assertEquals(List.of(), rows);
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
    }

    @Test
    void theBundledIslandsPassTheChecksAgainstTheBundledRegions() throws IOException {
        Set<String> provinces = new java.util.HashSet<>();
        Set<String> regencies = new java.util.HashSet<>();
        for (String line : bundled("regencies.csv.gz").split("\r?\n")) {
            String[] columns = line.split(",");
            regencies.add(columns[0]);
            provinces.add(columns[1]);
        }
        List<ValidationProblem> found = new ArrayList<>();
        List<IslandRow> rows = new IslandFileReader(provinces::contains, regencies::contains, found::add)
                .read(new ByteArrayInputStream(bundled("islands.csv.gz").getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(), found);
        assertEquals(bundled("islands.csv.gz").split("\r?\n").length - 1, rows.size());
        IslandRow batukapal = rows.stream().filter(row -> row.code().equals("110140001")).findFirst().orElseThrow();
        assertTrue(batukapal.lat() > 3 && batukapal.lat() < 3.5, "Pulau Batukapal lies north of the equator");
        IslandRow madura = rows.stream().filter(row -> row.code().equals("350040001")).findFirst().orElseThrow();
        assertTrue(madura.lat() < -6.5, "Madura lies south of the equator");
        assertNull(madura.regencyCode());
    }

    private List<IslandRow> read(String csv) throws IOException {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static String bundled(String file) throws IOException {
        try (var in = new GZIPInputStream(IslandFileReaderTest.class.getClassLoader()
                .getResourceAsStream("datasets/kemendagri-2025/" + file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
