package id.wilayah.api.http.compression;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Gzip-compresses JSON, problem+json, CSV, vector tiles (protobuf, which maps fetch with gzip as tile servers send
 * them) and the console's pages, scripts and styles for a client that accepts gzip.
 * Payara's HTTP layer could do this itself, but with its compression on it also inflates every gzip request body
 * before any filter sees it, unbounded (a few hundred kB become hundreds of MB of heap); so its compression is off in
 * the pre-boot commands and responses are compressed here. Declared in web.xml right after the body gate.
 */
public class ResponseCompression extends HttpFilter {
    static final Set<String> COMPRESSIBLE = Set.of("application/json", "application/problem+json", "text/csv",
            "text/html", "text/css", "application/javascript", "text/javascript",
            "application/vnd.mapbox-vector-tile");
    /** Below this a response is sent as it is: gzip's own overhead would eat most of the gain. */
    static final long MIN_BYTES = 2048;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!acceptsGzip(request.getHeader("Accept-Encoding"))) {
            chain.doFilter(request, new VaryingResponse(response));
            return;
        }
        GzipResponse gzip = new GzipResponse(response);
        try {
            chain.doFilter(request, gzip);
        } finally {
            gzip.finish();
        }
    }

    /** Whether an Accept-Encoding header admits gzip (a listed "gzip" or "*" without q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if ((name.equals("gzip") || name.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException malformed) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isCompressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return COMPRESSIBLE.contains(type.toLowerCase(Locale.ROOT));
    }
}
