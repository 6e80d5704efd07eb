package id.wilayah.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
    @Test
    void everyTextCellThatWouldRunAsAFormulaIsWrittenAsTextAndNumbersStayNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetCsv csv = SpreadsheetCsv.open(out, "input", "name", "confidence");
        csv.row("=HYPERLINK(\"http://x.example\")", "+cmd|' /C calc'!A0", -0.5);
        csv.row("@SUM(A1)", "\tTAB", 1.0);
        csv.row("-1", "\rCR", 0.25);
        csv.row("3204", "KOTA BANDUNG", "");
        csv.flush();

        assertEquals("""
                input,name,confidence\r
                "'=HYPERLINK(""http://x.example"")",'+cmd|' /C calc'!A0,-0.5\r
                '@SUM(A1),'\tTAB,1.0\r
                '-1,"'\rCR",0.25\r
                3204,KOTA BANDUNG,\r
                """, out.toString(StandardCharsets.UTF_8));
    }
}
