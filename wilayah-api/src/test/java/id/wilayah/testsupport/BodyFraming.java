package id.wilayah.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * The ways a client can frame a request body, each of which the server must hold to one body policy: HTTP/1.1 with a
 * Content-Length or chunked, and HTTP/2 (reached by the JDK client's h2c upgrade or by prior knowledge, which only a
 * raw HTTP/2 client speaks) with or without a content-length.
 */
public enum BodyFraming {
    HTTP1_DECLARED(false, true),
    HTTP1_CHUNKED(false, false),
    H2C_UPGRADE_DECLARED(true, true),
    H2C_UPGRADE_UNDECLARED(true, false),
    H2_PRIOR_KNOWLEDGE_DECLARED(true, true),
    H2_PRIOR_KNOWLEDGE_UNDECLARED(true, false);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private static final HttpClient H2C = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
            .connectTimeout(TIMEOUT).build();
    private static final OkHttpClient PRIOR_KNOWLEDGE = priorKnowledgeClient(256);

    private final boolean http2;
    private final boolean declaresLength;

    BodyFraming(boolean http2, boolean declaresLength) {
        this.http2 = http2;
        this.declaresLength = declaresLength;
    }

    public boolean declaresLength() {
        return declaresLength;
    }

    /**
     * The status of an answer that never came because the connection ended: what Payara's HTTP/2 layer does to an
     * h2c-upgraded connection when it refuses a stream whose body is larger than the stream's flow-control window.
     */
    public static final int CONNECTION_ENDED = -1;

    /** Whether a refusal of a large body may end the connection instead of arriving ({@link #CONNECTION_ENDED}). */
    public boolean mayEndConnectionOnRefusal() {
        return this == H2C_UPGRADE_DECLARED || this == H2C_UPGRADE_UNDECLARED;
    }

    /** What the server answered, and over which protocol ("HTTP/1.1" or "HTTP/2"). */
    public record Answer(int status, String body, String protocol) {
    }

    /**
     * A client of HTTP/2 by prior knowledge that runs up to {@code streams} calls at once, on one connection as long
     * as the server allows that many streams.
     */
    public static OkHttpClient priorKnowledgeClient(int streams) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(streams);
        dispatcher.setMaxRequestsPerHost(streams);
        return new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).dispatcher(dispatcher)
                .callTimeout(Duration.ofSeconds(60)).readTimeout(TIMEOUT).writeTimeout(TIMEOUT).build();
    }

    /** POSTs {@code body} to {@code uri} with the given headers, framed this way. */
    public Answer post(URI uri, Map<String, String> headers, byte[] body) {
        try {
            return switch (this) {
                case HTTP1_DECLARED, HTTP1_CHUNKED -> jdk(HTTP1, uri, headers, body);
                case H2C_UPGRADE_DECLARED, H2C_UPGRADE_UNDECLARED -> {
                    upgradeToH2c(uri);
                    try {
                        yield jdk(H2C, uri, headers, body);
                    } catch (IOException connectionEnded) {
                        yield new Answer(CONNECTION_ENDED, connectionEnded.toString(), "HTTP/2");
                    }
                }
                case H2_PRIOR_KNOWLEDGE_DECLARED, H2_PRIOR_KNOWLEDGE_UNDECLARED -> priorKnowledge(uri, headers, body);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(this + " POST " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JDK client upgrades only a request without a body; later requests to the server share its connection. */
    private static void upgradeToH2c(URI uri) throws IOException, InterruptedException {
        HttpResponse<Void> upgrade = H2C.send(HttpRequest.newBuilder(uri.resolve("/health/live")).timeout(TIMEOUT)
                .build(), HttpResponse.BodyHandlers.discarding());
        if (upgrade.version() != HttpClient.Version.HTTP_2) {
            throw new IllegalStateException("The server did not upgrade to h2c: " + upgrade.version());
        }
    }

    private Answer jdk(HttpClient client, URI uri, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = declaresLength ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).POST(publisher);
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1");
    }

    private Answer priorKnowledge(URI uri, Map<String, String> headers, byte[] body) throws IOException {
        MediaType type = headers.containsKey("Content-Type") ? MediaType.get(headers.get("Content-Type")) : null;
        Request.Builder request = new Request.Builder().url(uri.toURL()).post(new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return declaresLength ? body.length : -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.write(body);
            }
        });
        headers.entrySet().stream().filter(header -> !"Content-Type".equals(header.getKey()))
                .forEach(header -> request.header(header.getKey(), header.getValue()));
        try (Response response = PRIOR_KNOWLEDGE.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.body() == null ? "" : response.body().string(),
                    response.protocol() == Protocol.H2_PRIOR_KNOWLEDGE ? "HTTP/2" : response.protocol().toString());
        }
    }

    public boolean http2() {
        return http2;
    }
}
