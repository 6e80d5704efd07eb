package id.wilayah.api.metrics;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.api.http.auth.KeyGuessingGuard;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.apikey.Scope;
import id.wilayah.domain.client.TrustedProxies;
import id.wilayah.domain.failure.FailureKind;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * Payara serves /metrics inside this application; this filter lets only a configured scraper address
 * ({@code wilayah.metrics.scrapers}) or a request with an admin-scope X-API-Key read it. Others get 401 (no or an
 * unknown key, counted by the key-guessing guard like any other) or 403 (a read key), as problem+json.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccessFilter extends HttpFilter {
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    ScraperAddresses scrapers;

    @Inject
    ApiKeyService keys;

    @Inject
    KeyGuessingGuard guessing;

    @Inject
    TrustedProxies proxies;

    @Inject
    WilayahMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = proxies.clientAddress(request.getRemoteAddr(),
                Collections.list(request.getHeaders(TrustedProxies.FORWARDED)),
                Collections.list(request.getHeaders(TrustedProxies.X_FORWARDED_FOR)));
        if (scrapers.allows(client) || admitsKey(request, response, client)) {
            metrics.beforeScrape();
            chain.doFilter(request, response);
        }
    }

    private boolean admitsKey(HttpServletRequest request, HttpServletResponse response, String client)
            throws IOException {
        String presented = request.getHeader(ApiKeyFilter.HEADER);
        if (presented == null || presented.isBlank()) {
            refuse(response, FailureKind.UNAUTHORIZED, "Missing " + ApiKeyFilter.HEADER
                    + " header: /metrics needs an admin-scope key or a configured scraper address", null);
            return false;
        }
        Instant now = Instant.now();
        Optional<KeyGrant> grant = keys.authenticate(presented.strip());
        if (grant.isEmpty()) {
            Optional<Duration> refusal = guessing.refusal(client, now);
            if (refusal.isPresent()) {
                refuse(response, FailureKind.RATE_LIMITED, "Too many unknown keys from this address",
                        Math.max(1, refusal.get().toSeconds()));
            } else {
                guessing.recordFailure(client, now);
                refuse(response, FailureKind.UNAUTHORIZED, "Unknown, revoked or expired API key", null);
            }
            return false;
        }
        if (!grant.get().scope().allows(Scope.ADMIN)) {
            refuse(response, FailureKind.FORBIDDEN, "/metrics needs an API key with scope admin", null);
            return false;
        }
        return true;
    }

    private static void refuse(HttpServletResponse response, FailureKind kind, String detail, Long retryAfterSeconds)
            throws IOException {
        response.setStatus(kind.status());
        if (retryAfterSeconds != null) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.createObjectBuilder().add("type", kind.problemType())
                .add("title", kind.title()).add("status", kind.status()).add("detail", detail).build().toString());
    }
}
