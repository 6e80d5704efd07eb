package id.wilayah.api.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void namesASpreadsheetWouldRunAsFormulasAreExportedAsText() throws IOException {
        RegionSnapshot snapshot = new RegionSnapshot(new EditionInfo(1, "old", "KEMENDAGRI"),
                List.of(new Province("11", "=HYPERLINK(\"http://x.example\")", "X"),
                        new Province("12", "+1", "X"), new Province("13", "-1", "X"),
                        new Province("14", "@SUM(A1)", "X"), new Province("15", "\tTAB", "X"),
                        new Province("16", "\rCR", "X"), new Province("32", "JAWA BARAT", "JAWA BARAT"),
                        new Province("33", "A=B", "A=B")),
                List.of(), List.of(new District("110101", "1101", "=1+1", "X")), List.of());

        assertEquals("""
                code,name\r
                11,"'=HYPERLINK(""http://x.example"")"\r
                12,'+1\r
                13,'-1\r
                14,'@SUM(A1)\r
                15,'\tTAB\r
                16,"'\rCR"\r
                32,JAWA BARAT\r
                33,A=B\r
                """, export(CsvExport.PROVINCES, snapshot));
        assertEquals("code,regency_code,name\r\n110101,1101,'=1+1\r\n", export(CsvExport.DISTRICTS, snapshot));
    }

    private static String export(CsvExport file, RegionSnapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writer(snapshot).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
