package id.wilayah.api.http.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessLogTest {
    @Test
    void aLineNamesMethodPathStatusLatencyAndKey() {
        assertEquals("method=GET path=/api/kota/3204 status=200 ms=2.4 key=\"shop backend\"",
                AccessLog.line("GET", "/api/kota/3204", 200, 2.44, "shop backend"));
    }

    @Test
    void aRequestWithoutAValidKeyIsLoggedWithADash() {
        assertEquals("method=GET path=/nope status=404 ms=0.0 key=-", AccessLog.line("GET", "/nope", 404, 0.01, null));
    }

    @Test
    void aKeyNameCannotForgeAFieldOrALine() {
        assertEquals("method=GET path=/api/provinsi status=200 ms=1.0 key=\"x\\\" status=500\\u000a forged\\\\\"",
                AccessLog.line("GET", "/api/provinsi", 200, 1.0, "x\" status=500\n forged\\"));
    }

    @Test
    void controlCharactersInAPathOrMethodAreWrittenEscaped() {
        assertEquals("method=GE\\u0007T path=/api/\\u001b[31mred\\u000d\\u000aforged\\u009b\\\\x status=404"
                + " ms=0.0 key=-",
                AccessLog.line("GE\u0007T", "/api/\u001b[31mred\r\nforged\u009b\\x", 404, 0.0, null));
    }
}
