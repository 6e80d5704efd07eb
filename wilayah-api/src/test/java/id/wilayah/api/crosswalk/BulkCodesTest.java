package id.wilayah.api.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.FailureKind;
import id.wilayah.domain.failure.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkCodesTest {

    @Test
    void aJsonArrayKeepsEveryElementInOrderEvenTheOnesThatAreNoCodes() {
        assertEquals(List.of("3204050", "3204050001", "{…}", "[…]", "null", "true", "32.04.05"),
                BulkCodes.fromJson(body("[\"3204050\", 3204050001, {\"a\": 1}, [1, 2], null, true, \"32.04.05\"]")));
    }

    @Test
    void aBodyThatIsNoJsonArrayIsRefusedWithWhere() {
        InvalidInputException notArray = assertThrows(InvalidInputException.class,
                () -> BulkCodes.fromJson(body("{\"codes\": []}")));
        assertTrue(notArray.getMessage().contains("JSON array"), notArray.getMessage());
        InvalidInputException broken = assertThrows(InvalidInputException.class,
                () -> BulkCodes.fromJson(body("[\"3204050\",\n oops]")));
        assertTrue(broken.getMessage().contains("line 2"), broken.getMessage());
        assertThrows(InvalidInputException.class, () -> BulkCodes.fromJson(body("[\"3204050\"")));
    }

    @Test
    void linesSkipBlankLinesAHeaderAndQuotes() {
        assertEquals(List.of("3204050", "32.04.05.0001", "x"),
                BulkCodes.fromLines(body("\uFEFFcode\r\n3204050\r\n\r\n \"32.04.05.0001\" \nx\n")));
    }

    @Test
    void moreThanAHundredThousandCodesAre413() {
        String allowed = "1101\n".repeat(BulkCodes.MAX_CODES);
        assertEquals(BulkCodes.MAX_CODES, BulkCodes.fromLines(body(allowed)).size());
        TooManyCodesException tooMany = assertThrows(TooManyCodesException.class,
                () -> BulkCodes.fromLines(body(allowed + "1102\n")));
        assertEquals(FailureKind.UPLOAD_TOO_LARGE, tooMany.kind());
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
