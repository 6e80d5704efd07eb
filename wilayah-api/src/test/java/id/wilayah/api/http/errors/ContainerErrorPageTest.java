package id.wilayah.api.http.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The error page the container dispatches to. An uncaught exception cannot be provoked from outside on purpose, so it
 * is checked here; the statuses the container answers are checked over HTTP in BadInputIT and SameFaultBothSurfacesIT.
 */
class ContainerErrorPageTest {
    private static final String INTERNALS = "NullPointerException at com.example.Secret";

    @Test
    void anUncaughtExceptionIsA500ProblemWithAnIncidentIdAndNoInternals() throws Exception {
        Answer answer = dispatch("/admin/imports.xhtml", Map.of(
                RequestDispatcher.ERROR_STATUS_CODE, 500,
                RequestDispatcher.ERROR_EXCEPTION, new ServletException(new IllegalStateException(INTERNALS))));

        assertEquals(500, answer.status);
        assertEquals("application/problem+json", answer.headers.get("Content-Type"));
        JsonObject problem = answer.json();
        assertEquals(500, problem.getInt("status"));
        assertTrue(problem.getString("detail").startsWith("Unexpected server error; incident "), answer.body);
        assertFalse(answer.body.contains("Secret"), answer.body);
    }

    @Test
    void anUncaughtExceptionUnderNusantaraKeepsThatSurfacesShape() throws Exception {
        Answer answer = dispatch("/nusantara/provinsi", Map.of(
                RequestDispatcher.ERROR_STATUS_CODE, 500,
                RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(INTERNALS)));

        assertEquals(500, answer.status);
        assertEquals("application/json", answer.headers.get("Content-Type"));
        JsonObject message = answer.json();
        assertEquals(2, message.size(), answer.body);
        assertEquals(500, message.getInt("statusCode"));
        assertTrue(message.getString("message").startsWith("Internal server error; incident "), answer.body);
    }

    @Test
    void aStatusTheContainerSentKeepsItsStatusAndAllowHeader() throws Exception {
        Answer answer = dispatch("/openapi-ui/index.html", Map.of(RequestDispatcher.ERROR_STATUS_CODE, 405),
                Map.of("Allow", "GET, HEAD"));

        assertEquals(405, answer.status);
        assertEquals("GET, HEAD", answer.headers.get("Allow"));
        assertEquals("urn:wilayah:problem:http-405", answer.json().getString("type"));
    }

    @Test
    void requestedDirectlyItIsAnUnknownPath() throws Exception {
        Answer answer = dispatch("/container-error", Map.of());

        assertEquals(404, answer.status);
        assertEquals("No such resource", answer.json().getString("detail"));
    }

    private static Answer dispatch(String failedPath, Map<String, Object> attributes)
            throws IOException, ServletException {
        return dispatch(failedPath, attributes, Map.of());
    }

    private static Answer dispatch(String failedPath, Map<String, Object> attributes, Map<String, String> headers)
            throws IOException, ServletException {
        Map<String, Object> requestAttributes = new HashMap<>(attributes);
        if (!attributes.isEmpty()) {
            requestAttributes.put(RequestDispatcher.ERROR_REQUEST_URI, failedPath);
        }
        HttpServletRequest request = fake(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getAttribute" -> requestAttributes.get((String) args[0]);
            case "getRequestURI" -> attributes.isEmpty() ? failedPath : "/container-error";
            case "getContextPath" -> "";
            default -> throw new UnsupportedOperationException(method);
        });
        Answer answer = new Answer(headers);
        new ContainerErrorPage().service(request, answer.response());
        return answer;
    }

    private interface Handler {
        Object handle(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method.getName(), args)));
    }

    private static final class Answer {
        int status = 200;
        final Map<String, String> headers;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String body;

        Answer(Map<String, String> sent) {
            headers = new HashMap<>(sent);
        }

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return fake(HttpServletResponse.class, (method, args) -> {
                switch (method) {
                    case "setStatus" -> status = (Integer) args[0];
                    case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "getHeader" -> {
                        return headers.get((String) args[0]);
                    }
                    case "getOutputStream" -> {
                        return out;
                    }
                    case "resetBuffer" -> {
                    }
                    default -> throw new UnsupportedOperationException(method);
                }
                return null;
            });
        }

        JsonObject json() {
            body = bytes.toString(StandardCharsets.UTF_8);
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
