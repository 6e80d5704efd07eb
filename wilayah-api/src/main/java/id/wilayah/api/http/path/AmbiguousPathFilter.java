package id.wilayah.api.http.path;

import id.wilayah.admin.http.AmbiguousPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 404, in the shape of the surface the path names, to a path that routes elsewhere than it reads. Payara
 * decodes {@code %2F} and {@code %2E} and then resolves dot segments (ignoring {@code ;parameters}) before it routes,
 * so {@code /api/..%2Fadmin%2Flogin.xhtml} reached the console: a proxy that forwards only {@code /api} would have
 * exposed it. No client needs to send such a path (RFC 3986 has clients remove dot segments), so none is routed:
 * an encoded slash, backslash or dot, a raw backslash, or a {@code .} or {@code ..} segment, in the raw request URI.
 * Declared ahead of every filter that acts on a request in web.xml.
 */
public class AmbiguousPathFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (AmbiguousPaths.isAmbiguous(request.getRequestURI())) {
            // The container's error page answers in the surface's shape, as for any other unknown path.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
