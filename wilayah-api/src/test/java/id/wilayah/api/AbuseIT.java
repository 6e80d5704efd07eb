package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.DeployedWar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strangers cannot hold the server's workers, heap or disk with request bodies: slow bodies on every open endpoint,
 * a gzip bomb on the login page, an oversized multipart on the login and import pages. Bounded: each test finishes
 * well within a minute and closes every socket it opened.
 */
class AbuseIT extends DeployedWar {
    private static final List<String> OPEN_POST_PATHS = List.of("/admin/login.xhtml", "/api/admin/imports",
            "/nusantara/provinsi");
    private static final int SLOW_CONNECTIONS_PER_PATH = 100;
    private static final String PROBE = "/api/provinsi/32";
    /**
     * A probe normally answers in tens of milliseconds; a second leaves room for a shared, loaded CI machine, while a
     * server whose workers are held never answers within the probe's 5 s timeout.
     */
    private static final Duration PROBE_BOUND = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(60)
    void slowBodiesDoNotHoldTheWorkers() throws Exception {
        String key = server.initialApiKey();
        // The probes reuse one kept-alive connection, opened now: what is measured is whether slow bodies hold the
        // workers, not how fast a burst of 300 new connections is accepted.
        probe(key);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (String path : OPEN_POST_PATHS) {
                for (int i = 0; i < SLOW_CONNECTIONS_PER_PATH; i++) {
                    sockets.add(startSlowBody(path));
                }
            }
            List<Duration> latencies = new ArrayList<>();
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < end) {
                trickleOneByte(sockets);
                latencies.add(probe(key));
                Thread.sleep(250);
            }
            Duration p99 = latencies.stream().sorted().skip((long) Math.ceil(latencies.size() * 0.99) - 1)
                    .findFirst().orElseThrow();
            assertTrue(p99.compareTo(PROBE_BOUND) < 0, "p99 of " + PROBE + " during the slow bodies: " + p99
                    + " (all: " + latencies + ")");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    @Timeout(60)
    void gzipBombToTheLoginPageIsRefusedUnread() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/admin/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Content-Encoding", "gzip")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipBomb(300 << 20))).build(),
                HttpResponse.BodyHandlers.ofString());

        // 413: Payara's HTTP layer takes gzip off the headers (it inflates the body itself), so the gate refuses the
        // bomb by its compressed size; an encoding Payara does not inflate gets 415.
        assertTrue(Set.of(413, 415).contains(response.statusCode()), response.statusCode() + " " + response.body());
        assertEquals(200, server.get(PROBE, server.initialApiKey()).statusCode());
    }

    /** The import page too: a stranger is sent to the login page (302) before the body is parsed. */
    @ParameterizedTest
    @ValueSource(strings = {"/admin/login.xhtml", "/admin/imports.xhtml"})
    @Timeout(60)
    void multipartFromAStrangerIsRefusedAndLeavesNoFile(String path) throws Exception {
        Set<Path> uploadsBefore = uploadFiles();
        String boundary = "abuse" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[20 << 20];
        Arrays.fill(file, (byte) 'x');
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(Set.of(302, 413, 415).contains(response.statusCode()),
                response.statusCode() + " " + response.body());
        Set<Path> left = uploadFiles();
        left.removeAll(uploadsBefore);
        assertEquals(Set.of(), left);
    }

    private Socket startSlowBody(String path) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.base().getPort());
        socket.setSoTimeout(1_000);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\na";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** A byte every few seconds per connection: the attack keeps each body just alive. */
    private static void trickleOneByte(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write('a');
                out.flush();
            } catch (IOException closedByTheServer) {
                // A refused connection is what the server should do with it.
            }
        }
    }

    private Duration probe(String key) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri(PROBE)).header("X-API-Key", key)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, response.statusCode());
        } catch (IOException timedOut) {
            return Duration.ofSeconds(5);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static byte[] gzipBomb(int inflatedBytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write("username=".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int written = 0; written < inflatedBytes; written += chunk.length) {
                gzip.write(chunk);
            }
        }
        return compressed.toByteArray();
    }

    /** Payara Micro's runtime directories (java.io.tmpdir/payaramicro-rt*) hold the multipart temporary files. */
    private static Set<Path> uploadFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> roots = Files.list(tmp)) {
            Set<Path> found = new HashSet<>();
            for (Path root : roots.filter(p -> p.getFileName().toString().startsWith("payaramicro-rt")).toList()) {
                try (Stream<Path> files = Files.walk(root)) {
                    found.addAll(files.filter(p -> p.getFileName().toString().matches("upload_.*\\.tmp"))
                            .collect(Collectors.toSet()));
                } catch (IOException | UncheckedIOException unreadable) {
                    // another user's runtime directory
                }
            }
            return found;
        }
    }

    private URI uri(String path) {
        return server.base().resolve(path);
    }
}
