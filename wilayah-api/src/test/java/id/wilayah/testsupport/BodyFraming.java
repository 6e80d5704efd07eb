package id.wilayah.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The ways a client can frame a request body, each of which the server must hold to one body policy: HTTP/1.1 with a
 * Content-Length or chunked, and HTTP/2 with or without a content-length, reached by the JDK client's h2c upgrade or
 * by prior knowledge ({@link RawHttp2}).
 */
public enum BodyFraming {
    HTTP1_DECLARED(HttpClient.Version.HTTP_1_1, true),
    HTTP1_CHUNKED(HttpClient.Version.HTTP_1_1, false),
    H2C_UPGRADE_DECLARED(HttpClient.Version.HTTP_2, true),
    H2C_UPGRADE_UNDECLARED(HttpClient.Version.HTTP_2, false),
    H2_PRIOR_KNOWLEDGE_DECLARED(null, true),
    H2_PRIOR_KNOWLEDGE_UNDECLARED(null, false);

    /**
     * The status of an answer that never reached the client because the connection ended: a refused body the server
     * does not read any further ends its HTTP/1.1 connection, and a client still sending a large one may lose the
     * answer.
     */
    public static final int CONNECTION_ENDED = -1;

    private final HttpClient jdk;
    private final boolean declaresLength;

    BodyFraming(HttpClient.Version version, boolean declaresLength) {
        this.jdk = version == null ? null
                : HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(30)).build();
        this.declaresLength = declaresLength;
    }

    public boolean declaresLength() {
        return declaresLength;
    }

    public boolean http2() {
        return jdk == null || jdk.version() == HttpClient.Version.HTTP_2;
    }

    /**
     * Whether this client can be refused a body larger than an HTTP/2 stream's window and still see the answer: the
     * JDK's client over h2c waits for a window that Payara neither opens nor closes with a reset.
     */
    public boolean seesRefusalsOfLargeBodies() {
        return !(http2() && jdk != null);
    }

    /** What the server answered, and over which protocol ("HTTP/1.1" or "HTTP/2"). */
    public record Answer(int status, String body, String protocol) {
    }

    /** POSTs {@code body} to {@code uri} with the given headers, framed this way. */
    public Answer post(URI uri, Map<String, String> headers, byte[] body) {
        try {
            return jdk == null ? priorKnowledge(uri, headers, body) : viaJdk(uri, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(this + " POST " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer viaJdk(URI uri, Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        if (http2()) {
            upgradeToH2c(uri);
        }
        HttpRequest.BodyPublisher publisher = declaresLength ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).POST(publisher);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = jdk.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1");
        } catch (IOException connectionEnded) {
            if (declaresLength || http2()) {
                throw connectionEnded;
            }
            return new Answer(CONNECTION_ENDED, connectionEnded.toString(), "HTTP/1.1");
        }
    }

    /** The JDK client upgrades a connection with a request without a body; later requests share that connection. */
    private void upgradeToH2c(URI uri) throws IOException, InterruptedException {
        HttpResponse<Void> upgrade = jdk.send(HttpRequest.newBuilder(uri.resolve("/health/live"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        if (upgrade.version() != HttpClient.Version.HTTP_2) {
            throw new IllegalStateException("The server did not upgrade to h2c: " + upgrade.version());
        }
    }

    private Answer priorKnowledge(URI uri, Map<String, String> headers, byte[] body) throws IOException {
        Map<String, String> sent = new HashMap<>(headers);
        if (declaresLength) {
            sent.put("content-length", String.valueOf(body.length));
        }
        try (RawHttp2 connection = RawHttp2.connect(uri)) {
            String path = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            int status = connection.post(path, sent, body).orElse(CONNECTION_ENDED);
            return new Answer(status, "", "HTTP/2");
        }
    }
}
