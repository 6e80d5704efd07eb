package id.wilayah.api.http.headers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browsers take every response for the type it declares and never guess another from its bytes: a JSON body that
 * echoes input, or an uploaded CSV, is never run as a script or rendered as a page. Set before anything answers, so
 * refusals, errors and static console resources carry it too. Declared first in web.xml.
 */
public class NoSniffFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
