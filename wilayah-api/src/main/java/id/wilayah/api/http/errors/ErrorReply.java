package id.wilayah.api.http.errors;

import id.wilayah.api.http.json.JsonConfiguration;
import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the caller is told about a failure, whichever surface it came in on. */
record ErrorReply(int status, String title, String type, String detail, OptionalLong retryAfterSeconds,
                  Optional<String> allow) {
    private static final Logger LOG = Logger.getLogger(ErrorReply.class.getName());
    private static final String HTTP_PROBLEM_TYPE_BASE = "urn:wilayah:problem:http-";

    static ErrorReply of(FailureException failure) {
        FailureKind kind = failure.kind();
        return new ErrorReply(kind.status(), kind.title(), kind.problemType(), failure.getMessage(),
                failure.retryAfterSeconds(), Optional.empty());
    }

    static ErrorReply of(FailureKind kind, String detail) {
        return new ErrorReply(kind.status(), kind.title(), kind.problemType(), detail, OptionalLong.empty(),
                Optional.empty());
    }

    /** An error JAX-RS or the servlet container raised itself; {@code allow} lists the methods a 405 would accept. */
    static ErrorReply ofHttpStatus(Response.StatusType status, Surface surface, String allow) {
        return new ErrorReply(status.getStatusCode(), status.getReasonPhrase(),
                HTTP_PROBLEM_TYPE_BASE + status.getStatusCode(),
                surface.httpError(status.getStatusCode(), status.getReasonPhrase()), OptionalLong.empty(),
                Optional.ofNullable(allow));
    }

    /**
     * An exception that carries no kind: what {@link FailureClassifier} recognises (an unreadable body, a database
     * outage) is reported as such; the rest is a bug, logged with an id the caller can quote, never with internals.
     */
    static ErrorReply ofUnexpected(Throwable e, Surface surface) {
        if (e instanceof FailureException failure) {
            return of(failure);
        }
        return FailureClassifier.classify(e).map(ErrorReply::of).orElseGet(() -> bug(e, surface));
    }

    private static ErrorReply bug(Throwable e, Surface surface) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return of(FailureKind.INTERNAL, surface.internalError(incident));
    }

    Response toResponse(Surface surface) {
        Response.ResponseBuilder response = Response.status(status).type(surface.mediaType())
                .entity(surface.body(this));
        retryAfterSeconds.ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        allow.ifPresent(methods -> response.header(HttpHeaders.ALLOW, methods));
        return response.build();
    }

    /**
     * The same answer as {@link #toResponse}, written by a servlet rather than returned to JAX-RS: the same content
     * type without a charset parameter (JSON is UTF-8 by definition), hence bytes rather than the servlet's writer.
     */
    void write(Surface surface, HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(surface.mediaType());
        retryAfterSeconds.ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        allow.ifPresent(methods -> response.setHeader(HttpHeaders.ALLOW, methods));
        response.getOutputStream().write(JsonConfiguration.JSONB.toJson(surface.body(this))
                .getBytes(StandardCharsets.UTF_8));
    }
}
