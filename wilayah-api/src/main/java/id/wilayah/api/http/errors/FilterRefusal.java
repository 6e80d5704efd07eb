package id.wilayah.api.http.errors;

import id.wilayah.domain.failure.FailureKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A refusal a servlet filter writes before any JAX-RS resource runs (a body too large, too slow, compressed; /metrics
 * without an admin key), in the shape of the surface the request's path belongs to, like every other error.
 */
public final class FilterRefusal {
    private static final String HTTP_PROBLEM_TYPE_BASE = "urn:wilayah:problem:http-";

    private FilterRefusal() {
    }

    /** An HTTP-level refusal (a body too large, too slow): its status names it. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String detail) throws IOException {
        new ErrorReply(status, title, HTTP_PROBLEM_TYPE_BASE + status, detail, OptionalLong.empty(), Optional.empty())
                .write(surfaceOf(request), response);
    }

    /** A refusal of one of the application's kinds (no key, over a limit) made before JAX-RS. */
    public static void write(HttpServletRequest request, HttpServletResponse response, FailureKind kind,
                             String detail, OptionalLong retryAfterSeconds) throws IOException {
        new ErrorReply(kind.status(), kind.title(), kind.problemType(), detail, retryAfterSeconds, Optional.empty())
                .write(surfaceOf(request), response);
    }

    private static Surface surfaceOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return Surface.ofPath(uri.substring(Math.min(request.getContextPath().length(), uri.length())));
    }
}
