package id.wilayah.api.http.body;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BufferedBodyRequestTest {
    @Test
    void aFormPostGetsItsParametersFromTheBodyAfterTheQueryString() {
        BufferedBodyRequest request = new BufferedBodyRequest(
                request("POST", "application/x-www-form-urlencoded; charset=UTF-8", "tab=keys&x=1", "UTF-8"),
                "username=%C3%A1dmin&password=a+b%26c&x=2&empty=&flag".getBytes(StandardCharsets.US_ASCII));

        assertEquals("ádmin", request.getParameter("username"));
        assertEquals("a b&c", request.getParameter("password"));
        assertArrayEquals(new String[] {"1", "2"}, request.getParameterValues("x"));
        assertEquals("", request.getParameter("empty"));
        assertEquals("", request.getParameter("flag"));
        assertEquals("keys", request.getParameter("tab"));
        assertNull(request.getParameter("missing"));
        assertEquals(List.of("tab", "x", "username", "password", "empty", "flag"),
                Collections.list(request.getParameterNames()));
    }

    @Test
    void aMalformedEscapeLeavesOutOnlyItsPair() {
        BufferedBodyRequest request = new BufferedBodyRequest(
                request("POST", "application/x-www-form-urlencoded", null, null), "a=%zz&b=2".getBytes());
        assertEquals(Set.of("b"), request.getParameterMap().keySet());
        assertArrayEquals(new String[] {"2"}, request.getParameterValues("b"));
    }

    @Test
    void aJsonBodyIsReadFromMemory() throws IOException {
        byte[] json = "{\"name\":\"kunci\"}".getBytes(StandardCharsets.UTF_8);
        BufferedBodyRequest request = new BufferedBodyRequest(request("POST", "application/json", null, null), json);
        assertArrayEquals(json, request.getInputStream().readAllBytes());
    }

    /** Only what the wrapper asks of the container's request. */
    private static HttpServletRequest request(String method, String contentType, String query, String encoding) {
        return (HttpServletRequest) Proxy.newProxyInstance(BufferedBodyRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, invoked, arguments) -> switch (invoked.getName()) {
                    case "getMethod" -> method;
                    case "getContentType" -> contentType;
                    case "getQueryString" -> query;
                    case "getCharacterEncoding" -> encoding;
                    default -> throw new UnsupportedOperationException(invoked.getName());
                });
    }
}
