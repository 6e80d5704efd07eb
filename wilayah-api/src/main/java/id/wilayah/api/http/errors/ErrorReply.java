package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.FailureException;
import id.wilayah.domain.failure.FailureKind;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.OptionalLong;

/** What the caller is told about a failure, whichever surface it came in on. */
record ErrorReply(int status, String title, String type, String detail, OptionalLong retryAfterSeconds,
                  Optional<String> allow) {
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

    /** An error JAX-RS raised itself; {@code allow} lists the methods a 405 would have accepted. */
    static ErrorReply ofHttpStatus(Response.StatusType status, Surface surface, String allow) {
        return new ErrorReply(status.getStatusCode(), status.getReasonPhrase(),
                HTTP_PROBLEM_TYPE_BASE + status.getStatusCode(),
                surface.httpError(status.getStatusCode(), status.getReasonPhrase()), OptionalLong.empty(),
                Optional.ofNullable(allow));
    }

    Response toResponse(Surface surface) {
        Response.ResponseBuilder response = Response.status(status).type(surface.mediaType())
                .entity(surface.body(this));
        retryAfterSeconds.ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        allow.ifPresent(methods -> response.header(HttpHeaders.ALLOW, methods));
        return response.build();
    }
}
