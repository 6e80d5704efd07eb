package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.testsupport.BodyFraming;
import id.wilayah.testsupport.DeployedWarOnItsOwnServer;
import id.wilayah.testsupport.RawHttp2;
import id.wilayah.testsupport.TestKeys;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strangers cannot hold the server's workers, heap or disk with request bodies: slow bodies on every open endpoint,
 * a gzip bomb on the login page, an oversized multipart on the login and import pages. Bounded: each test finishes
 * well within a minute and closes every socket it opened.
 */
class AbuseIT extends DeployedWarOnItsOwnServer {
    /**
     * Every endpoint a stranger can send a body to, with a body under the size limit: the login form, a protected
     * console page (the login mechanism reads its form), the admin API without a key, an /api POST with a JSON body,
     * and a PUT on /nusantara.
     */
    private static final List<SlowBody> OPEN_ENDPOINTS = List.of(
            new SlowBody("POST", "/admin/login.xhtml", "application/x-www-form-urlencoded"),
            new SlowBody("POST", "/admin/keys.xhtml", "application/x-www-form-urlencoded"),
            new SlowBody("POST", "/api/admin/keys", "application/json"),
            new SlowBody("POST", "/api/provinsi", "application/json"),
            new SlowBody("POST", "/api/admin/imports", "multipart/form-data; boundary=x"),
            new SlowBody("PUT", "/nusantara/provinsi", "application/json"));
    private static final int SLOW_CONNECTIONS_PER_ENDPOINT = 100;
    /** Under the 256 KiB body limit (wilayah.http.max-body-bytes), so the size alone does not refuse it. */
    private static final int SLOW_BODY_LENGTH = 200_000;
    /**
     * Measured after two rounds of trickling, until about when every slow body runs out of its time
     * (wilayah.http.body-timeout-seconds, 20 s from its start).
     */
    private static final Duration SLOW_BODY_RUN = Duration.ofSeconds(14);
    /** One byte per connection this often: a few bytes a second in all, which kept every worker busy before. */
    private static final Duration TRICKLE_INTERVAL = Duration.ofSeconds(2);
    private static final String PROBE = "/api/provinsi/32";
    private static final Duration PROBE_PAUSE = Duration.ofMillis(250);
    /**
     * A probe normally answers in tens of milliseconds; a second leaves room for a shared, loaded CI machine, while a
     * server whose workers are held never answers within the probe's 5 s timeout.
     */
    private static final Duration PROBE_BOUND = Duration.ofSeconds(1);
    /** Streams a stranger opens on one HTTP/2 connection: as many as Payara allows on one connection by default. */
    private static final int SLOW_STREAMS = 100;
    /** A body pushed at the server for as long as it takes it: far more than any refusal should let through. */
    private static final long OPEN_ENDED_BODY_BYTES = 1L << 30;
    /** What the kernel's socket buffers on both sides may take in after a refusal, with room to spare. */
    private static final long REFUSED_BODY_BOUND = 32L << 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(60)
    void slowBodiesUnderTheSizeLimitDoNotHoldTheWorkers() throws Exception {
        String key = server.initialApiKey();
        int port = server.base().getPort();
        // The probes reuse one kept-alive connection, opened now: what is measured is whether slow bodies hold the
        // workers, not how fast a burst of new connections is accepted.
        probe(key);
        List<Socket> connections = new ArrayList<>();
        try {
            for (SlowBody endpoint : OPEN_ENDPOINTS) {
                for (int i = 0; i < SLOW_CONNECTIONS_PER_ENDPOINT; i++) {
                    connections.add(endpoint.start(port));
                }
            }
            // Measured once all are open and have trickled twice: what counts is whether they hold the workers, not
            // how fast a shared machine accepts a burst of hundreds of connections and compiles the code for them.
            for (int round = 0; round < 2; round++) {
                trickleOneByte(connections);
                Thread.sleep(TRICKLE_INTERVAL.toMillis());
            }
            // The probe connection sat idle meanwhile; its first use again is not part of the measurement.
            probe(key);
            // From now on each connection sends its byte at its own moment within the interval, as independent
            // clients would, rather than all in one burst.
            List<Duration> latencies = new ArrayList<>();
            long end = System.nanoTime() + SLOW_BODY_RUN.toNanos();
            int steps = (int) (TRICKLE_INTERVAL.toMillis() / PROBE_PAUSE.toMillis());
            for (int step = 0; System.nanoTime() < end; step++) {
                trickleOneByte(everyNth(connections, steps, step % steps));
                latencies.add(probe(key));
                Thread.sleep(PROBE_PAUSE.toMillis());
            }
            Duration p99 = latencies.stream().sorted().skip((long) Math.ceil(latencies.size() * 0.99) - 1)
                    .findFirst().orElseThrow();
            assertTrue(p99.compareTo(PROBE_BOUND) < 0, "p99 of " + PROBE + " during the slow bodies: " + p99
                    + " (all: " + latencies + ")");
            // Each body is answered once its time is up (a console read notices that at its next byte).
            List<Socket> waiting = new ArrayList<>(connections);
            long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (!waiting.isEmpty() && System.nanoTime() < deadline) {
                waiting.removeIf(AbuseIT::answered);
                trickleOneByte(waiting);
                Thread.sleep(500);
            }
            assertEquals(0, waiting.size(), "slow bodies still unanswered after their time");
        } finally {
            for (Socket socket : connections) {
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

    /**
     * A bomb small enough to pass the size limit (240 MiB of form inflated from under 256 KiB), four at once: refused
     * for its Content-Encoding (415) before anything inflates it, so the heap stays where it was.
     */
    @Test
    @Timeout(60)
    void gzipBombUnderTheSizeLimitIsNeverInflated() throws Exception {
        byte[] bomb = gzipBomb(240 << 20);
        assertTrue(bomb.length < 256 << 10, "compressed size " + bomb.length);
        long heapBefore = serverMetric("memory_usedHeap_bytes");
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(HTTP.sendAsync(HttpRequest.newBuilder(uri("/admin/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Content-Encoding", "gzip")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            HttpResponse<String> response = answer.get(40, TimeUnit.SECONDS);
            assertEquals(415, response.statusCode(), response.body());
        }
        long heapAfter = serverMetric("memory_usedHeap_bytes");
        assertTrue(heapAfter - heapBefore < 100L << 20, "heap used before " + heapBefore + ", after " + heapAfter);
        assertEquals(200, server.get(PROBE, server.initialApiKey()).statusCode());
    }

    /** A gzip multipart (20 MB of file from a few kB) is refused unread on the login page and the upload pages. */
    @ParameterizedTest
    @ValueSource(strings = {"/admin/login.xhtml", "/admin/imports.xhtml", "/admin/crosswalk.xhtml",
        "/admin/resolve.xhtml"})
    @Timeout(60)
    void gzipMultipartFromAStrangerIsRefusedAndLeavesNoFile(String path) throws Exception {
        Set<Path> uploadsBefore = uploadFiles();
        long threadsBefore = serverMetric("thread_count");
        String boundary = "gzipabuse" + System.nanoTime();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 20; i++) {
                gzip.write(chunk);
            }
            gzip.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Content-Encoding", "gzip")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(compressed.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(Set.of(302, 415).contains(response.statusCode()), response.statusCode() + " " + response.body());
        Set<Path> left = uploadFiles();
        left.removeAll(uploadsBefore);
        assertEquals(Set.of(), left);
        long threadsAfter = serverMetric("thread_count");
        assertTrue(threadsAfter < threadsBefore + 16, "threads before " + threadsBefore + ", after " + threadsAfter);
    }

    /**
     * A stranger's body to a protected console page is never read: the login mechanism answers with the way to the
     * login page at once, while only the head and a little of a large declared multipart or form have arrived.
     */
    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data; boundary=x", "application/x-www-form-urlencoded"})
    @Timeout(30)
    void aStrangersBodyToAProtectedPageIsAnsweredUnread(String contentType) throws Exception {
        Set<Path> uploadsBefore = uploadFiles();
        try (Socket socket = new Socket("127.0.0.1", server.base().getPort())) {
            socket.setSoTimeout(5_000);
            String head = "POST /admin/imports.xhtml HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + (20 << 20) + "\r\n\r\n";
            // One write, taken whole by the socket's buffer: the server answers and ends the connection without
            // reading the rest, and a later write would only meet the closed connection.
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            first.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            first.writeBytes(("--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.csv\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            first.writeBytes(new byte[4 << 10]);
            OutputStream out = socket.getOutputStream();
            out.write(first.toByteArray());
            out.flush();

            byte[] answer = socket.getInputStream().readNBytes(12);
            assertEquals("HTTP/1.1 302", new String(answer, StandardCharsets.ISO_8859_1));
        }
        Set<Path> left = uploadFiles();
        left.removeAll(uploadsBefore);
        assertEquals(Set.of(), left);
    }

    /**
     * The upload pages too: a stranger is sent to the login page (302) or refused before the body is parsed, and the
     * rest of the 20 MB is not read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/admin/login.xhtml", "/admin/imports.xhtml", "/admin/crosswalk.xhtml",
        "/admin/resolve.xhtml"})
    @Timeout(60)
    void multipartFromAStrangerIsRefusedAndLeavesNoFile(String path) throws Exception {
        Set<Path> uploadsBefore = uploadFiles();
        String boundary = "abuse" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[20 << 20];
        Arrays.fill(file, (byte) 'x');
        int status;
        try {
            status = HTTP.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException connectionEnded) {
            // The refusal ends the connection without reading the rest, which may reach the client before the answer.
            status = BodyFraming.CONNECTION_ENDED;
        }

        assertTrue(Set.of(302, 413, 415, BodyFraming.CONNECTION_ENDED).contains(status), "answered " + status);
        Set<Path> left = uploadFiles();
        left.removeAll(uploadsBefore);
        assertEquals(Set.of(), left);
    }

    /**
     * One body policy whatever the protocol and framing: a compressed body and multipart outside the uploads are
     * refused (415), a body over the size limit too (413, or 411 while its length is not declared), and no framing
     * leaves an upload's temporary file behind.
     */
    @ParameterizedTest
    @EnumSource(BodyFraming.class)
    @Timeout(60)
    void everyFramingOfABodyIsHeldToTheSamePolicy(BodyFraming framing) throws Exception {
        Set<Path> uploadsBefore = uploadFiles();
        BodyFraming.Answer gzip = framing.post(uri("/admin/login.xhtml"), Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Content-Encoding", "gzip"), gzipBomb(1 << 20));
        assertEquals(framing.http2() ? "HTTP/2" : "HTTP/1.1", gzip.protocol());
        assertEquals(415, gzip.status(), gzip.body());

        BodyFraming.Answer upload = framing.post(uri("/admin/login.xhtml"),
                Map.of("Content-Type", "multipart/form-data; boundary=abuse"), multipartFile("abuse", 32 << 10));
        assertEquals(415, upload.status(), upload.body());

        if (framing.seesRefusalsOfLargeBodies()) {
            BodyFraming.Answer tooLarge = framing.post(uri("/api/provinsi"),
                    Map.of("Content-Type", "application/json", "X-API-Key", server.initialApiKey()),
                    new byte[400_000]);
            if (framing.declaresLength() || tooLarge.status() != BodyFraming.CONNECTION_ENDED) {
                assertEquals(framing.declaresLength() ? 413 : 411, tooLarge.status(), tooLarge.body());
            }
        }

        // A form the gate passes on reaches the login page, which finds no view state in it: Page expired (400).
        BodyFraming.Answer form = framing.post(uri("/admin/login.xhtml"),
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "username=admin".getBytes(StandardCharsets.US_ASCII));
        assertEquals(framing.declaresLength() ? 400 : 411, form.status(), form.body());

        Set<Path> left = uploadFiles();
        left.removeAll(uploadsBefore);
        assertEquals(Set.of(), left);
        assertEquals(200, server.get(PROBE, server.initialApiKey()).statusCode());
    }

    /**
     * A stranger's body that the server refuses (no length, no key, not logged in) is not read past the refusal: the
     * connection ends, where Payara would otherwise read a chunked body or a declared one to its end.
     */
    @ParameterizedTest
    @CsvSource({"/api/admin/imports, chunked", "/admin/crosswalk.xhtml, chunked", "/admin/imports.xhtml, chunked",
            "/api/provinsi, chunked", "/api/admin/imports, declared", "/admin/crosswalk.xhtml, declared"})
    @Timeout(30)
    void aRefusedBodyIsNotReadPastTheRefusal(String path, String framing) throws Exception {
        long pushed = 0;
        byte[] data = new byte[64 << 10];
        Arrays.fill(data, (byte) 'a');
        byte[] chunk = "chunked".equals(framing) ? chunkOf(data) : data;
        try (Socket socket = new Socket("127.0.0.1", server.base().getPort())) {
            String length = "chunked".equals(framing) ? "Transfer-Encoding: chunked"
                    : "Content-Length: " + (OPEN_ENDED_BODY_BYTES + 1024);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n" + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            try {
                while (pushed < OPEN_ENDED_BODY_BYTES && System.nanoTime() < end) {
                    socket.getOutputStream().write(chunk);
                    pushed += data.length;
                }
            } catch (IOException closedByTheServer) {
                // What is asserted: the server stopped taking the body.
            }
        }
        assertTrue(pushed < REFUSED_BODY_BOUND, path + " (" + framing + ") took " + pushed + " bytes after refusing");
    }

    /**
     * Over HTTP/2 too, one stranger cannot stop the API with slow bodies: a hundred streams on one connection post to
     * the login page a byte every {@link #TRICKLE_INTERVAL}, half with a declared length (read a few at once, the rest
     * refused), half without (refused at once), while {@code /api/provinsi/32} keeps answering.
     */
    @Test
    @Timeout(60)
    void slowHttp2StreamsDoNotHoldTheWorkers() throws Exception {
        String key = server.initialApiKey();
        probe(key);
        try (RawHttp2 connection = RawHttp2.connect(server.base())) {
            List<Integer> streams = new ArrayList<>();
            for (int i = 0; i < SLOW_STREAMS; i++) {
                Map<String, String> headers = i % 2 == 0
                        ? Map.of("content-type", "application/x-www-form-urlencoded",
                                "content-length", String.valueOf(SLOW_BODY_LENGTH))
                        : Map.of("content-type", "application/x-www-form-urlencoded");
                streams.add(connection.open("/admin/login.xhtml", headers));
            }
            List<Duration> latencies = new ArrayList<>();
            long end = System.nanoTime() + SLOW_BODY_RUN.toNanos();
            long nextTrickle = 0;
            while (System.nanoTime() < end) {
                if (System.nanoTime() - nextTrickle > 0) {
                    for (int stream : streams) {
                        connection.send(stream, new byte[] {'a'}, false);
                    }
                    nextTrickle = System.nanoTime() + TRICKLE_INTERVAL.toNanos();
                }
                latencies.add(probe(key));
                Thread.sleep(PROBE_PAUSE.toMillis());
            }
            Duration p99 = latencies.stream().sorted().skip((long) Math.ceil(latencies.size() * 0.99) - 1)
                    .findFirst().orElseThrow();
            assertTrue(p99.compareTo(PROBE_BOUND) < 0, "p99 of " + PROBE + " during the slow HTTP/2 streams: " + p99
                    + " (all: " + latencies + ")");
        }
    }

    private static byte[] chunkOf(byte[] data) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk.writeBytes(data);
        chunk.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunk.toByteArray();
    }

    private static byte[] multipartFile(String boundary, int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) 'x');
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static List<Socket> everyNth(List<Socket> sockets, int n, int offset) {
        List<Socket> share = new ArrayList<>();
        for (int i = offset; i < sockets.size(); i += n) {
            share.add(sockets.get(i));
        }
        return share;
    }

    /** A byte on every connection (the attack keeps each body just alive); a connection the server closed is left. */
    private static void trickleOneByte(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write('a');
                out.flush();
            } catch (IOException closedByTheServer) {
                // Answered already: the server holds nothing for it.
            }
        }
    }

    /**
     * The server answered the slow body: refused it (408 once its time was up, 503 past the console's few readers),
     * sent the stranger to the login page or refused the missing key, and holds nothing for it any more.
     */
    private static boolean answered(Socket socket) {
        try {
            return socket.getInputStream().available() > 0;
        } catch (IOException closed) {
            return true;
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

    private record SlowBody(String method, String path, String contentType) {
        /** Sends the head and the first byte of a body declared under the size limit. */
        Socket start(int port) throws IOException {
            Socket socket = new Socket("127.0.0.1", port);
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + SLOW_BODY_LENGTH + "\r\n\r\na";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return socket;
        }
    }

    /** A value of the server's MicroProfile Metrics (Prometheus text), such as its used heap. */
    private long serverMetric(String name) throws IOException, InterruptedException {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(uri("/metrics?scope=base"))
                .header("X-API-Key", TestKeys.adminKey())
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), metrics.body());
        return metrics.body().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).mapToLong(v -> (long) Double.parseDouble(v))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + metrics.body()));
    }

    private URI uri(String path) {
        return server.base().resolve(path);
    }
}
