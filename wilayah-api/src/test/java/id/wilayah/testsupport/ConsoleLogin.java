package id.wilayah.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Submits the console's login form over plain HTTP, as a browser would, for tests that need no browser. Each submit
 * starts a fresh cookie jar; {@link #get} continues the session of the last submit.
 */
public final class ConsoleLogin {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final String forwardedFor;
    private HttpClient browser;

    public ConsoleLogin(URI base) {
        this(base, null);
    }

    /** A login arriving through a proxy that names the client in X-Forwarded-For. */
    public ConsoleLogin(URI base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /** The answer to the form post: a redirect into the console on success, the login page with a message if not. */
    public HttpResponse<String> submit(String username, String password) {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI loginPage = base.resolve("/admin/login.xhtml");
        try {
            String form = browser.send(request(loginPage).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher viewState = VIEW_STATE.matcher(form);
            if (!viewState.find()) {
                throw new IllegalStateException("no view state on the login page: " + form);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", username);
            fields.put("login:password", password);
            fields.put("login:submit", "Log in");
            fields.put("jakarta.faces.ViewState", viewState.group(1));
            return browser.send(request(loginPage)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A console page in the session of the last submit, redirects not followed. */
    public HttpResponse<String> get(String path) {
        try {
            return browser.send(request(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
