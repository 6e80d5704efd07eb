package id.wilayah.api.http.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A refusal a servlet filter writes before any JAX-RS resource runs (a body too large, too slow, compressed), in the
 * shape of the surface the request's path belongs to, like every other error.
 */
public final class FilterRefusal {
    private static final String HTTP_PROBLEM_TYPE_BASE = "urn:wilayah:problem:http-";

    private FilterRefusal() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String detail) throws IOException {
        String uri = request.getRequestURI();
        Surface surface = Surface.ofPath(uri.substring(Math.min(request.getContextPath().length(), uri.length())));
        new ErrorReply(status, title, HTTP_PROBLEM_TYPE_BASE + status, detail, OptionalLong.empty(), Optional.empty())
                .write(surface, response);
    }
}
