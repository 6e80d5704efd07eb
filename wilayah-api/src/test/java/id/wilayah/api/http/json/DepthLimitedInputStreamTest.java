package id.wilayah.api.http.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.failure.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DepthLimitedInputStreamTest {
    @Test
    void bodiesWithinTheLimitPassUnchanged() throws IOException {
        byte[] body = "{\"a\":[[{\"b\":\"[[[[[[{{{{\\\"\"}]]]}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(body, read(body, 4));
    }

    @Test
    void aBodyNestedOneLevelTooDeepIsRefusedWithAReason() {
        byte[] body = ("[".repeat(5) + "]".repeat(5)).getBytes(StandardCharsets.UTF_8);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read(body, 4));
        assertEquals("The JSON body nests deeper than 4 levels", refused.getMessage());
    }

    @Test
    void depthCountsOpenBracketsNotTheirTotal() throws IOException {
        byte[] body = "[[1],[2],[3],[4],[5],[6]]".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(body, read(body, 2));
    }

    private static byte[] read(byte[] body, int maxDepth) throws IOException {
        try (InputStream in = new DepthLimitedInputStream(new ByteArrayInputStream(body), maxDepth)) {
            return in.readAllBytes();
        }
    }
}
