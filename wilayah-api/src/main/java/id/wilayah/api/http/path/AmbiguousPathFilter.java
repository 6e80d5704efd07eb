package id.wilayah.api.http.path;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Answers 404, in the shape of the surface the path names, to a path that routes elsewhere than it reads. Payara
 * decodes {@code %2F} and {@code %2E} and then resolves dot segments (ignoring {@code ;parameters}) before it routes,
 * so {@code /api/..%2Fadmin%2Flogin.xhtml} reached the console: a proxy that forwards only {@code /api} would have
 * exposed it. No client needs to send such a path (RFC 3986 has clients remove dot segments), so none is routed:
 * an encoded slash, backslash or dot, a raw backslash, or a {@code .} or {@code ..} segment, in the raw request URI.
 * Declared ahead of every filter that acts on a request in web.xml.
 */
public class AmbiguousPathFilter extends HttpFilter {
    private static final List<String> ENCODED_SEPARATORS_AND_DOTS = List.of("%2f", "%5c", "%2e");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isAmbiguous(request.getRequestURI())) {
            // The container's error page answers in the surface's shape, as for any other unknown path.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the raw (undecoded) path could route to another place than its segments name. */
    static boolean isAmbiguous(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        if (path.indexOf('\\') >= 0 || ENCODED_SEPARATORS_AND_DOTS.stream().anyMatch(path::contains)) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
