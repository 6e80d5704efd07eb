package id.wilayah.importer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.wilayah.importer.diff.EditionDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunJsonTest {
    /** A run's diff as an import recorded it before re-codings, respellings and boundaries were diffed. */
    private static final String RECORDED_BEFORE = "{\"from\":\"kemendagri-2025\",\"levels\":[{\"added\":0,"
            + "\"addedCodes\":[],\"level\":\"PROVINCE\",\"removed\":1,\"removedCodes\":[\"96\"],\"renamed\":1,"
            + "\"renamedCodes\":[{\"code\":\"31\",\"fromName\":\"Daerah Khusus Ibukota Jakarta\","
            + "\"toName\":\"DKI JAKARTA\"}],\"reparented\":0,\"reparentedCodes\":[]}],\"to\":\"console-2023\"}";

    @Test
    void aDiffRecordedByAnEarlierVersionStillReads() {
        EditionDiff diff = RunJson.diff(RECORDED_BEFORE);
        EditionDiff.LevelDiff provinces = diff.levels().get(0);
        assertEquals(List.of("96"), provinces.removedCodes());
        assertEquals("DKI JAKARTA", provinces.renamedCodes().get(0).toName());
        assertEquals(0, provinces.recoded());
        assertEquals(0, provinces.respelled());
        assertNull(provinces.geometry());
    }

    @Test
    void aDiffReadsBackAsWritten() {
        EditionDiff written = new EditionDiff("a", "b", List.of(new EditionDiff.LevelDiff("REGENCY", 0, 0, 0, 1,
                List.of(), List.of(), List.of(), List.of(new EditionDiff.Reparented("9201", "9601", "92", "96",
                "Kabupaten Sorong")), 1, 1, List.of(new EditionDiff.Renamed("1101", "KAB. ACEH SELATAN",
                "Kabupaten Aceh Selatan")), List.of(new EditionDiff.Recoded("9201", "9601", "KAB. SORONG",
                "Kabupaten Sorong", "92", "96", "exact-name", 1.0)), new EditionDiff.GeometryChanges(1, 2, 3, 4))),
                new EditionDiff.IslandChanges(17000, 17294, 300, 6, 2, 4));
        assertEquals(written, RunJson.diff(RunJson.write(written)));
    }
}
