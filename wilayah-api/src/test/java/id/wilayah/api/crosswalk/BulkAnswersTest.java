package id.wilayah.api.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkAnswersTest {
    /** Malformed codes are answered from the input alone: no editions are needed to see what goes back. */
    @Test
    void theCsvAnswerWritesEchoedInputAsTextNeverAsAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulkAnswers.csv(List.of("=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0"),
                new CodeLookup(null, null)).write(out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(String.join(",", BulkAnswers.CSV_HEADER), lines.get(0));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",,,,,,,,\"Invalid code '=HYPERLINK(\"\"x\"\")': expected 2, 4, 6 or 7, "
                + "or 10 digits, optionally separated by single dots\"", lines.get(1));
        assertEquals("'+cmd|' /C calc'!A0,,,,,,,,\"Invalid code '+cmd|' /C calc'!A0': expected 2, 4, 6 or 7, or 10 "
                + "digits, optionally separated by single dots\"", lines.get(2));
    }
}
