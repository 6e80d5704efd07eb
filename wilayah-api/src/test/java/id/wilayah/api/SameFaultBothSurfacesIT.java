package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.WilayahServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One error model: the same fault gets the same status and headers on /api and /nusantara, each in its surface's
 * shape (problem+json, or {statusCode, message}), whether JAX-RS or the servlet container answers it. The database
 * outage is in {@code DatabaseRestartIT}.
 */
class SameFaultBothSurfacesIT extends DeployedWar {
    private static final String READ = "<read key>";
    private static final String UNKNOWN_KEY = "wly_unknown-0123456789abcdef0123456789";

    record Fault(String name, String method, String nativePath, String nusantaraPath, String key, int status,
                 String header) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fault> faults() {
        return Stream.of(
                new Fault("bad input", "GET", "/api/provinsi?page=0", "/nusantara/provinsi?page=0", READ, 400, null),
                new Fault("unknown code", "GET", "/api/provinsi/99", "/nusantara/provinsi/99", READ, 404, null),
                new Fault("unknown edition", "GET", "/api/provinsi?edition=no-such-edition",
                        "/nusantara/provinsi?edition=no-such-edition", READ, 404, null),
                new Fault("missing key", "GET", "/api/provinsi", "/nusantara/provinsi", null, 401, null),
                new Fault("unknown key", "GET", "/api/provinsi", "/nusantara/provinsi", UNKNOWN_KEY, 401, null),
                new Fault("unknown route", "GET", "/api/no-such-route", "/nusantara/no-such-route", READ, 404, null),
                new Fault("wrong method", "DELETE", "/api/provinsi", "/nusantara/provinsi", READ, 405, "Allow"),
                // Decoded, the path leaves both JAX-RS applications: the servlet container answers it.
                new Fault("encoded traversal out of the surface", "GET", "/api/kota/..%2F..%2Fetc%2Fpasswd",
                        "/nusantara/kabupaten/..%2F..%2Fetc%2Fpasswd", READ, 404, "X-Content-Type-Options"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void sameStatusAndHeadersOnBothSurfacesEachInItsShape(Fault fault) {
        assertSameFault(fault, send(fault, fault.nativePath()), send(fault, fault.nusantaraPath()));
    }

    /** The body gate refuses before JAX-RS runs, and still answers in the surface's shape. */
    @Test
    void aCompressedBodyIsRefusedOnBothSurfacesEachInItsShape() {
        Fault fault = new Fault("compressed body", "PUT", "/api/provinsi/32", "/nusantara/provinsi/32", READ, 415,
                null);
        assertSameFault(fault, sendCompressed(fault.nativePath()), sendCompressed(fault.nusantaraPath()));
    }

    private HttpResponse<String> sendCompressed(String path) {
        return server.send(HttpRequest.newBuilder(server.base().resolve(path))
                .header("X-API-Key", server.initialApiKey()).header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .method("PUT", HttpRequest.BodyPublishers.ofByteArray(new byte[] {31, -117, 8, 0})).build());
    }

    private static void assertSameFault(Fault fault, HttpResponse<String> nativeResponse,
                                        HttpResponse<String> nusantaraResponse) {
        assertEquals(fault.status(), nativeResponse.statusCode(), nativeResponse.body());
        assertTrue(contentType(nativeResponse).startsWith("application/problem+json"), contentType(nativeResponse));
        JsonObject problem = WilayahServer.json(nativeResponse).asJsonObject();
        assertEquals(fault.status(), problem.getInt("status"), nativeResponse.body());
        assertTrue(problem.getString("type").startsWith("urn:wilayah:problem:"), nativeResponse.body());
        assertFalse(problem.getString("detail").isBlank(), nativeResponse.body());

        assertEquals(fault.status(), nusantaraResponse.statusCode(), nusantaraResponse.body());
        assertTrue(contentType(nusantaraResponse).startsWith("application/json"), contentType(nusantaraResponse));
        JsonObject statusMessage = WilayahServer.json(nusantaraResponse).asJsonObject();
        assertEquals(fault.status(), statusMessage.getInt("statusCode"), nusantaraResponse.body());
        assertFalse(statusMessage.getString("message").isBlank(), nusantaraResponse.body());
        assertEquals(2, statusMessage.size(), nusantaraResponse.body());

        if (fault.header() != null) {
            assertTrue(nativeResponse.headers().firstValue(fault.header()).isPresent(), fault.header());
            assertTrue(nusantaraResponse.headers().firstValue(fault.header()).isPresent(), fault.header());
        }
    }

    private HttpResponse<String> send(Fault fault, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path))
                .method(fault.method(), HttpRequest.BodyPublishers.noBody());
        String key = READ.equals(fault.key()) ? server.initialApiKey() : fault.key();
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return server.send(request.build());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
