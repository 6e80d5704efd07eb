package id.wilayah.api.http.body;

import id.wilayah.admin.http.UnreadRequestBody;
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
 * One policy for every request body, whatever its protocol and framing (HTTP/1.1 with a length or chunked, HTTP/2
 * with or without a content-length), applied before anything reads it: a body without a declared length is refused
 * (411, so its size is known up front), as is one larger than {@link BodyLimits} allows (413), one with a
 * Content-Encoding (415: no endpoint needs compressed bodies, and Payara's own inflating is off, see
 * ResponseCompression), and multipart outside the upload paths (415: parsing it writes temporary files for any
 * stranger). A refused body is not read any further: over HTTP/1.1 the connection closes ({@link UnreadRequestBody}),
 * over HTTP/2 the stream ends. Any other body must arrive whole within {@link BodyLimits#BODY_TIMEOUT_KEY} and is then
 * passed on from memory: read by {@link BodyPrefetch} without holding a worker thread on the API surfaces, by {@link
 * ConsoleBodyReads} a few at once everywhere else (the console above all); upload bodies are read by the imports,
 * which admit only administrators, and what they leave unread is dropped with the connection. Declared in web.xml
 * ahead of the annotated filters, for requests and their asynchronous dispatches; refusals come in the shape of the
 * request's surface ({@link FilterRefusal}).
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
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            passDispatched(request, response, chain);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        boolean unknownLength = length < 0 && bodyOfUnknownLengthFollows(request);
        if (!unknownLength && length <= 0) {
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
                    "multipart bodies are accepted only by the imports and the console's uploads");
        } else if (unknownLength) {
            refuse(request, response, 411, "Length Required", "Send the body with a Content-Length");
        } else if (length > limit.bytes()) {
            refuse(request, response, 413, "Content Too Large", "The body has " + length + " bytes; at most "
                    + limit.bytes() + " are accepted here (" + limit.setting() + ")");
        } else if (limits.isUploadPath(path)) {
            passUpload(request, response, chain);
        } else if (BodyLimits.isApiSurfacePath(path)) {
            BodyPrefetch.start(request.startAsync(request, response), slots, length, limits.bodyTimeoutMillis());
        } else {
            readOnThisThread(request, response, chain, length);
        }
    }

    /**
     * An asynchronous dispatch: the prefetched body's (passed on from memory, its dispatch slot released after it) or
     * any other. Payara starts no CDI request context for an asynchronous dispatch (its request listeners do not run),
     * so one is started here for every dispatch: without it, a response filter reading a request-scoped bean turned a
     * 4xx into a 500.
     */
    private void passDispatched(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object body = request.getAttribute(BodyPrefetch.BODY);
        request.removeAttribute(BodyPrefetch.BODY);
        RequestContextController requestContext = requestContexts.get();
        boolean activated = requestContext.activate();
        try {
            chain.doFilter(body instanceof byte[] bytes ? new BufferedBodyRequest(request, bytes) : request, response);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
            requestContexts.destroy(requestContext);
            if (body instanceof byte[]) {
                slots.release();
            }
        }
    }

    /**
     * A body follows without a declared length: chunked over HTTP/1.1, or DATA frames over HTTP/2 without a
     * content-length (there the HEADERS frame of a request without a body already ends its stream, so the body is
     * finished before the application sees the request).
     */
    private static boolean bodyOfUnknownLengthFollows(HttpServletRequest request) throws IOException {
        if (request.getHeader("Transfer-Encoding") != null) {
            return true;
        }
        return UnreadRequestBody.overHttp2(request) && !request.getInputStream().isFinished();
    }

    /**
     * An upload needs a logged-in administrator or an admin key, checked before its body is read; whatever the
     * application left unread (a refusal, a redirect to the login) is not read by the container either.
     */
    private static void passUpload(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(UPLOAD_PASSED, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            UnreadRequestBody.drop(request);
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
        UnreadRequestBody.drop(request);
        if (!UnreadRequestBody.overHttp2(request)) {
            // HTTP/2 forbids connection headers: the refused stream ends with the answer.
            response.setHeader("Connection", "close");
        }
        FilterRefusal.write(request, response, status, title, detail);
    }
}
