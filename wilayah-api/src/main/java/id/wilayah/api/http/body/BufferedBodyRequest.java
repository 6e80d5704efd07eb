package id.wilayah.api.http.body;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request as the application sees it once {@link BodyPrefetch} has read its body: the body from memory, and the
 * parameters of a form post parsed from it (the container's own parser would try to read the consumed body again).
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final byte[] body;
    private ByteArrayInputStream stream;
    private Map<String, String[]> form;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = stream();
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                try {
                    listener.onDataAvailable();
                    listener.onAllDataRead();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(stream(), charset()));
    }

    private ByteArrayInputStream stream() {
        if (stream == null) {
            stream = new ByteArrayInputStream(body);
        }
        return stream;
    }

    @Override
    public String getParameter(String name) {
        if (!isFormPost()) {
            return super.getParameter(name);
        }
        String[] values = form().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return isFormPost() ? form() : super.getParameterMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return isFormPost() ? Collections.enumeration(form().keySet()) : super.getParameterNames();
    }

    @Override
    public String[] getParameterValues(String name) {
        if (!isFormPost()) {
            return super.getParameterValues(name);
        }
        String[] values = form().get(name);
        return values == null ? null : values.clone();
    }

    private boolean isFormPost() {
        String type = getContentType();
        return "POST".equalsIgnoreCase(getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(FORM);
    }

    /** Query string first, then the body, as the Servlet specification orders them; parsed at first use. */
    private Map<String, String[]> form() {
        if (form == null) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            Charset charset = charset();
            parse(getQueryString(), charset, values);
            if (stream == null) {
                parse(new String(body, StandardCharsets.ISO_8859_1), charset, values);
            }
            Map<String, String[]> parsed = new LinkedHashMap<>();
            values.forEach((name, list) -> parsed.put(name, list.toArray(String[]::new)));
            form = Collections.unmodifiableMap(parsed);
        }
        return form;
    }

    private static void parse(String encoded, Charset charset, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                String decodedName = decode(name, charset);
                String decodedValue = decode(value, charset);
                into.computeIfAbsent(decodedName, n -> new ArrayList<>()).add(decodedValue);
            } catch (IllegalArgumentException malformed) {
                // A malformed pair is left out, as the container's own parser does.
            }
        }
    }

    /** Percent-escapes are bytes in the request's charset; the body itself is ASCII. */
    private static String decode(String encoded, Charset charset) {
        return URLDecoder.decode(encoded, charset);
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
