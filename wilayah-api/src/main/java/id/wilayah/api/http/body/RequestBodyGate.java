package id.wilayah.api.http.body;

import id.wilayah.api.http.errors.Problem;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a request body before anything reads it: one larger than {@link BodyLimits} allows (413), one without a
 * declared length outside the upload paths (411, so the size is known up front), one with a Content-Encoding (415: no
 * endpoint needs compressed bodies; Payara inflates gzip before this filter and hides its header, so gzip is bounded by
 * the compressed size only), and multipart outside the upload paths (415: parsing it writes temporary files for any
 * stranger). The refusal closes the connection, so the container does not wait for the rest of a body it will never
 * use. Declared first in web.xml, ahead of every other filter.
 */
public class RequestBodyGate extends HttpFilter {
    /** Looked up once: a lookup per refusal costs more than the refusal when a flood of them arrives. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    /** Set on a refused request: its body stays unread, also by {@link MultipartCleanup}. */
    static final String REFUSED = RequestBodyGate.class.getName() + ".refused";

    @Inject
    BodyLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        long length = request.getContentLengthLong();
        if (!chunked && length <= 0) {
            chain.doFilter(request, response);
            return;
        }
        String path = BodyLimits.pathOf(request);
        String encoding = request.getHeader("Content-Encoding");
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = contentType.startsWith("multipart/");
        BodyLimits.Limit limit = limits.forPath(path);
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            refuse(request, response, 415, "Unsupported Media Type",
                    "Request bodies with a Content-Encoding are not accepted; send them uncompressed");
        } else if (multipart && !limits.isUploadPath(path)) {
            refuse(request, response, 415, "Unsupported Media Type",
                    "multipart bodies are accepted only by the imports");
        } else if (length > limit.bytes()) {
            refuse(request, response, 413, "Content Too Large", "The body has " + length + " bytes; at most "
                    + limit.bytes() + " are accepted here (" + limit.setting() + ")");
        } else if (chunked && !limits.isUploadPath(path)) {
            refuse(request, response, 411, "Length Required", "Send the body with a Content-Length");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                               String detail) throws IOException {
        request.setAttribute(REFUSED, Boolean.TRUE);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail).build().toString());
    }
}
