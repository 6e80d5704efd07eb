package id.wilayah.api.http.body;

import id.wilayah.api.http.errors.FilterRefusal;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses a request body before anything reads it: one larger than {@link BodyLimits} allows (413), one without a
 * declared length outside the upload paths (411, so the size is known up front), one with a Content-Encoding (415: no
 * endpoint needs compressed bodies, and Payara's own inflating is off, see ResponseCompression), and multipart outside
 * the upload paths (415: parsing it writes temporary files for any stranger). The refusal closes the connection, so
 * the container does not wait for the rest of a body it will never use. Any other body must arrive whole within {@link
 * BodyLimits#BODY_TIMEOUT_KEY} and is then passed on from memory: read by {@link BodyPrefetch} without holding a
 * worker thread on the API surfaces, by {@link ConsoleBodyReads} a few at once everywhere else (the console above
 * all); upload bodies are read by the imports, which admit only administrators. Declared in web.xml ahead of the
 * annotated filters, for requests and their asynchronous dispatches; refusals come in the shape of the request's
 * surface ({@link FilterRefusal}).
 */
public class RequestBodyGate extends HttpFilter {
    /** Set on an upload passed on to the application, the only kind whose parts {@link MultipartCleanup} deletes. */
    static final String UPLOAD_PASSED = RequestBodyGate.class.getName() + ".uploadPassed";

    @Inject
    BodyLimits limits;

    @Inject
    DispatchSlots slots;

    @Inject
    ConsoleBodyReads consoleReads;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC
                && request.getAttribute(BodyPrefetch.BODY) instanceof byte[] body) {
            request.removeAttribute(BodyPrefetch.BODY);
            // Payara starts no CDI request context for an asynchronous dispatch (its request listeners do not run).
            RequestContextController requestContext = requestContexts.get();
            boolean activated = requestContext.activate();
            try {
                chain.doFilter(new BufferedBodyRequest(request, body), response);
            } finally {
                if (activated) {
                    requestContext.deactivate();
                }
                requestContexts.destroy(requestContext);
                slots.release();
            }
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
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
                    "multipart bodies are accepted only by the imports and the console's override upload");
        } else if (length > limit.bytes()) {
            refuse(request, response, 413, "Content Too Large", "The body has " + length + " bytes; at most "
                    + limit.bytes() + " are accepted here (" + limit.setting() + ")");
        } else if (chunked && !limits.isUploadPath(path)) {
            refuse(request, response, 411, "Length Required", "Send the body with a Content-Length");
        } else if (limits.isUploadPath(path)) {
            // An upload needs a logged-in administrator or an admin key, checked before its body is read.
            request.setAttribute(UPLOAD_PASSED, Boolean.TRUE);
            chain.doFilter(request, response);
        } else if (BodyLimits.isApiSurfacePath(path)) {
            BodyPrefetch.start(request.startAsync(request, response), slots, length, limits.bodyTimeoutMillis());
        } else {
            readOnThisThread(request, response, chain, length);
        }
    }

    private void readOnThisThread(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                  long length) throws IOException, ServletException {
        if (!consoleReads.tryTake()) {
            response.setHeader("Retry-After", "1");
            refuse(request, response, 503, "Service Unavailable",
                    "The server is busy receiving other request bodies; retry after 1 s");
            return;
        }
        Optional<byte[]> body;
        try {
            body = ConsoleBodyReads.readWithin(request.getInputStream(), length,
                    System.nanoTime() + limits.bodyTimeoutMillis() * 1_000_000);
        } finally {
            consoleReads.release();
        }
        if (body.isEmpty()) {
            refuse(request, response, 408, "Request Timeout", BodyPrefetch.tooSlow(limits.bodyTimeoutMillis()));
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body.get()), response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                       String detail) throws IOException {
        response.setHeader("Connection", "close");
        FilterRefusal.write(request, response, status, title, detail);
    }
}
