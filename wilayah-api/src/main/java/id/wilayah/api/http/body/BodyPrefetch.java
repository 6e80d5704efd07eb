package id.wilayah.api.http.body;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a request body to the API surfaces without holding a worker thread: the container calls back as bytes arrive,
 * and only a body that arrived whole within its time is dispatched (again, now as {@link BufferedBodyRequest}) to the
 * application. Not for the console: an asynchronous dispatch has neither the administrator's security context nor
 * the error pages. A
 * stranger who sends a body a byte every few seconds holds a connection and a few bytes of memory, no thread; when
 * the time is up the request is refused (408) and the connection closed.
 */
final class BodyPrefetch implements ReadListener, AsyncListener {
    /** Request attribute under which the whole body waits for the dispatch. */
    static final String BODY = BodyPrefetch.class.getName() + ".body";

    private final AsyncContext async;
    private final DispatchSlots slots;
    private final ServletInputStream in;
    private final ByteArrayOutputStream body;
    private final long declaredLength;
    private final AtomicBoolean over = new AtomicBoolean();
    private final byte[] chunk = new byte[8192];

    private BodyPrefetch(AsyncContext async, DispatchSlots slots, ServletInputStream in, long declaredLength) {
        this.async = async;
        this.slots = slots;
        this.in = in;
        this.declaredLength = declaredLength;
        // Grows with what arrives, never to the declared length up front: a declared body costs nothing until sent.
        this.body = new ByteArrayOutputStream((int) Math.min(declaredLength, chunk.length));
    }

    /** Starts reading the request's body (of at most the size limit) in the background, for at most the given time. */
    static void start(AsyncContext async, DispatchSlots slots, long declaredLength, long timeoutMillis)
            throws IOException {
        async.setTimeout(timeoutMillis);
        BodyPrefetch prefetch = new BodyPrefetch(async, slots, async.getRequest().getInputStream(), declaredLength);
        async.addListener(prefetch);
        prefetch.in.setReadListener(prefetch);
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!over.get() && in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                return;
            }
            body.write(chunk, 0, read);
            if (body.size() > declaredLength) {
                // More than the Content-Length the gate checked: not a body this server reads.
                end(() -> RequestBodyGate.refuse(request(), response(), 400, "Bad Request",
                        "The body is longer than its Content-Length"));
                return;
            }
        }
    }

    /** Passes the request on, holding one of the {@link DispatchSlots} that the gate gives back when it is done. */
    @Override
    public void onAllDataRead() {
        if (!slots.tryTake()) {
            end(() -> {
                response().setHeader("Retry-After", "1");
                RequestBodyGate.refuse(request(), response(), 503, "Service Unavailable",
                        "The server is busy with other requests; retry after 1 s");
            });
        } else if (over.compareAndSet(false, true)) {
            async.getRequest().setAttribute(BODY, body.toByteArray());
            async.dispatch();
        } else {
            slots.release();
        }
    }

    @Override
    public void onError(Throwable failure) {
        // The client went away or the connection broke: nothing to answer.
        end(() -> { });
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        end(() -> RequestBodyGate.refuse(request(), response(), 408, "Request Timeout", tooSlow(async.getTimeout())));
    }

    static String tooSlow(long timeoutMillis) {
        return "The body did not arrive within " + timeoutMillis / 1000 + " s (" + BodyLimits.BODY_TIMEOUT_KEY + ")";
    }

    @Override
    public void onError(AsyncEvent event) {
        end(() -> { });
    }

    @Override
    public void onComplete(AsyncEvent event) {
        over.set(true);
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Not started again: the body is read once.
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) async.getRequest();
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) async.getResponse();
    }

    private void end(Answer answer) {
        if (over.compareAndSet(false, true)) {
            try {
                answer.write();
            } catch (IOException | RuntimeException clientGone) {
                // Nothing more can be told to a client whose connection is gone.
            } finally {
                async.complete();
            }
        }
    }

    @FunctionalInterface
    private interface Answer {
        void write() throws IOException;
    }
}
