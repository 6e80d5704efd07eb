package id.wilayah.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One client on one kept-alive HTTP/1.1 connection, sending the next GET as soon as the answer is read, for a bounded
 * time; prints the latency percentiles and how often the server closed the connection. A second opinion next to wrk
 * for the single-client rows: wrk's own thread shares the two cores with the server.
 *
 * <p>After {@code ./mvnw verify} (or {@code test-compile}), against a running server:
 * {@code java -cp wilayah-api/target/test-classes id.wilayah.bench.OneConnectionLatency
 * 'http://127.0.0.1:8080/api/reverse?lat=-6.9147&lng=107.6098' API_KEY 15}
 */
public final class OneConnectionLatency {
    private static final int MAX_REQUESTS = 5_000_000;
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final URI url;
    private final String apiKey;
    private final byte[] request;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private int reconnects;

    private OneConnectionLatency(URI url, String apiKey) {
        this.url = url;
        this.apiKey = apiKey;
        this.request = request(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }

    private byte[] request(String pathAndQuery) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nX-API-Key: " + apiKey + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: OneConnectionLatency URL API_KEY SECONDS");
        }
        OneConnectionLatency client = new OneConnectionLatency(URI.create(args[0]), args[1]);
        long[] nanos = client.run(Duration.ofSeconds(Long.parseLong(args[2])));
        System.out.printf(Locale.ROOT, "%d requests, %d reconnects: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, "
                        + "p99.9 %.3f ms, max %.3f ms%n", nanos.length, client.reconnects, percentile(nanos, 0.5),
                percentile(nanos, 0.9), percentile(nanos, 0.99), percentile(nanos, 0.999),
                nanos[nanos.length - 1] / NANOS_PER_MILLI);
    }

    /** The benchmark's figures of one run; a client that gets no 200 answer fails instead. */
    static WrkResult measure(String url, String apiKey, Duration duration) throws IOException {
        long[] nanos = new OneConnectionLatency(URI.create(url), apiKey).run(duration);
        return new WrkResult(nanos.length / (double) duration.toSeconds(), percentile(nanos, 0.5),
                percentile(nanos, 0.99), 0);
    }

    /**
     * Each path fetched once, in order, on one connection (tiles no one asked for before, drawn by this request): the
     * latency figures, and the body bytes of all the answers.
     */
    static Fetches measureEach(String base, List<String> paths, String apiKey) throws IOException {
        OneConnectionLatency client = new OneConnectionLatency(URI.create(base), apiKey);
        long[] nanos = new long[paths.size()];
        long bytes = 0;
        client.connect();
        long begun = System.nanoTime();
        try {
            for (int i = 0; i < nanos.length; i++) {
                byte[] request = client.request(paths.get(i));
                long started = System.nanoTime();
                client.out.write(request);
                client.out.flush();
                bytes += client.readResponse();
                nanos[i] = System.nanoTime() - started;
            }
        } finally {
            client.socket.close();
        }
        double seconds = (System.nanoTime() - begun) / 1e9;
        Arrays.sort(nanos);
        return new Fetches(new WrkResult(nanos.length / seconds, percentile(nanos, 0.5), percentile(nanos, 0.99), 0),
                bytes);
    }

    record Fetches(WrkResult latency, long bodyBytes) {
    }

    /** The latencies of the requests sent within {@code duration}, sorted. */
    private long[] run(Duration duration) throws IOException {
        long[] nanos = new long[MAX_REQUESTS];
        int count = 0;
        connect();
        long end = System.nanoTime() + duration.toNanos();
        try {
            while (count < nanos.length && System.nanoTime() < end) {
                long started = System.nanoTime();
                try {
                    exchange();
                } catch (EOFException closedByServer) {
                    reconnects++;
                    connect();
                    exchange();
                }
                nanos[count++] = System.nanoTime() - started;
            }
        } finally {
            socket.close();
        }
        long[] latencies = Arrays.copyOf(nanos, count);
        Arrays.sort(latencies);
        return latencies;
    }

    private void connect() throws IOException {
        if (socket != null) {
            socket.close();
        }
        socket = new Socket(url.getHost(), url.getPort());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
    }

    private void exchange() throws IOException {
        out.write(request);
        out.flush();
        readResponse();
    }

    /** Reads one response (a 200, or a 204 without body): its head, then a Content-Length body or chunks. */
    private long readResponse() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 200") && !statusLine.startsWith("HTTP/1.1 204")) {
            throw new IOException("not a 200 or 204 answer: " + statusLine);
        }
        long length = 0;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            in.skipNBytes(length);
            return length;
        }
        long read = 0;
        for (long chunk = Long.parseLong(line().strip(), 16); chunk > 0; chunk = Long.parseLong(line().strip(), 16)) {
            in.skipNBytes(chunk + 2);
            read += chunk;
        }
        line();
        return read;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.min(sorted.length - 1, (long) (sorted.length * fraction))] / NANOS_PER_MILLI;
    }
}
