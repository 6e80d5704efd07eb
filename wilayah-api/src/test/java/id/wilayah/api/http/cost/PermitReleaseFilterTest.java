package id.wilayah.api.http.cost;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An expensive answer passing the filter, with a client whose reading is where another key tries its luck. */
class PermitReleaseFilterTest {
    private static final long ANSWERING_KEY = 1;
    private static final long OTHER_KEY = 2;

    private final ExpensiveReadLimiter limiter = new ExpensiveReadLimiter(1, 1);
    private final List<String> otherKeysTries = new ArrayList<>();

    @Test
    void anotherKeyIsAdmittedWhileTheAnswerIsWrittenButNotWhileItIsComputed() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = fake(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getAttribute" -> attributes.get((String) args[0]);
            default -> throw new UnsupportedOperationException(method);
        });

        new PermitReleaseFilter().doFilter(request, response(), (answering, answer) -> {
            attributes.put(ExpensiveReadFilter.PERMIT, limiter.acquire(ANSWERING_KEY));
            ServletOutputStream out = answer.getOutputStream();
            out.write(new byte[] {'['});
            otherKeysTries.add("between writes: " + otherKeyTry());
            out.write(']');
            answer.flushBuffer();
        });

        assertEquals(List.of("in a write: admitted", "between writes: refused with 503", "in a write: admitted",
                "in a write: admitted"), otherKeysTries);
        assertDoesNotThrow(() -> limiter.acquire(ANSWERING_KEY), "the answer's permit is released");
    }

    @Test
    void anAnswerWhoseClientWentAwayReleasesItsPermit() {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = fake(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getAttribute" -> attributes.get((String) args[0]);
            default -> throw new UnsupportedOperationException(method);
        });
        HttpServletResponse gone = fake(HttpServletResponse.class, (method, args) -> switch (method) {
            case "getOutputStream" -> new ClientStream(() -> {
                throw new IOException("Broken pipe");
            });
            default -> throw new UnsupportedOperationException(method);
        });

        assertThrows(IOException.class, () -> new PermitReleaseFilter().doFilter(request, gone, (answering, answer) -> {
            attributes.put(ExpensiveReadFilter.PERMIT, limiter.acquire(ANSWERING_KEY));
            answer.getOutputStream().write(new byte[] {'['});
        }));

        assertDoesNotThrow(() -> limiter.acquire(ANSWERING_KEY).release());
        assertDoesNotThrow(() -> limiter.acquire(OTHER_KEY));
    }

    private HttpServletResponse response() {
        ClientStream client = new ClientStream(() -> otherKeysTries.add("in a write: " + otherKeyTry()));
        return fake(HttpServletResponse.class, (method, args) -> switch (method) {
            case "getOutputStream" -> client;
            case "flushBuffer" -> {
                otherKeysTries.add("in a write: " + otherKeyTry());
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private String otherKeyTry() {
        try {
            limiter.acquire(OTHER_KEY).release();
            return "admitted";
        } catch (ExpensiveReadRefusedException refused) {
            return "refused with " + refused.kind().status();
        }
    }

    private interface ClientRead {
        void run() throws IOException;
    }

    /** The connection to the client: each write lasts as long as the client takes to read it. */
    private static final class ClientStream extends ServletOutputStream {
        private final ClientRead read;

        ClientStream(ClientRead read) {
            this.read = read;
        }

        @Override
        public void write(int b) throws IOException {
            read.run();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            read.run();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    private interface Handler {
        Object handle(String method, Object[] args) throws Throwable;
    }

    private static <T> T fake(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method.getName(), args)));
    }
}
