package id.wilayah.api.http.access;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.domain.apikey.KeyGrant;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When {@code wilayah.log.access} is on, logs one line per request to the logger {@code id.wilayah.access}, in logfmt:
 * {@code method=GET path=/api/kota/3204 status=200 ms=2.4 key="shop backend"}. The key is named by the name an
 * administrator gave it (never its secret; {@code -} when the request carried no valid key); the path is the request
 * path without its query, as sent. In every field a control character (a raw ESC in a path, a line break in a key
 * name) is written as a backslash, {@code u} and four hex digits, and a backslash is doubled, so no request can forge
 * a line, a field or a terminal escape sequence in the log. Off by default: a line per request costs throughput on a
 * busy node, and a proxy in front usually logs requests already. Declared among the first filters in web.xml, so
 * refusals are logged and timed too.
 */
public class AccessLog extends HttpFilter {
    private static final String LOGGER = "id.wilayah.access";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    @Inject
    @ConfigProperty(name = "wilayah.log.access", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                // The body is still arriving (RequestBodyGate): the answer is known once the asynchronous part ends.
                request.getAsyncContext().addListener(new AsyncEnd(() -> log(request, response.getStatus(), started)));
            } else {
                // An exception still on its way to the container's error page will be answered 500.
                log(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(), started);
            }
        }
    }

    private static void log(HttpServletRequest request, int status, long started) {
        LOG.info(line(request.getMethod(), request.getRequestURI(), status,
                (System.nanoTime() - started) / NANOS_PER_MILLI, keyName(request)));
    }

    /** Runs its action once when the asynchronous request completes, whether answered, timed out or broken. */
    private record AsyncEnd(Runnable action) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            action.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /** The name of the key the API-key filter accepted for this request (it keeps the grant as a request attribute). */
    private static String keyName(HttpServletRequest request) {
        return request.getAttribute(ApiKeyFilter.GRANT) instanceof KeyGrant grant ? grant.name() : null;
    }

    static String line(String method, String path, int status, double millis, String keyName) {
        return "method=" + escaped(method) + " path=" + escaped(path) + " status=" + status + " ms="
                + String.format(Locale.ROOT, "%.1f", millis) + " key=" + (keyName == null ? "-" : quoted(keyName));
    }

    /** Quoted, with its quotes escaped too: a key name may hold spaces, but cannot end its field. */
    private static String quoted(String value) {
        return "\"" + escaped(value).replace("\"", "\\\"") + "\"";
    }

    /** Control characters and backslashes escaped: a field cannot end its line or tell a terminal what to do. */
    private static String escaped(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                escaped.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else if (c == '\\') {
                escaped.append("\\\\");
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
