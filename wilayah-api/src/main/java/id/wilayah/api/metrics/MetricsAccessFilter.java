package id.wilayah.api.metrics;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.api.http.auth.KeyGuessingGuard;
import id.wilayah.api.http.errors.FilterRefusal;
import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.apikey.Scope;
import id.wilayah.domain.client.TrustedProxies;
import id.wilayah.domain.failure.FailureKind;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Payara serves /metrics inside this application; this filter lets only a configured scraper address
 * ({@code wilayah.metrics.scrapers}) or a request with an admin-scope X-API-Key read it. Others get 401 (no or an
 * unknown key, counted by the key-guessing guard like any other) or 403 (a read key), as problem+json.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccessFilter extends HttpFilter {
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
            FilterRefusal.write(request, response, FailureKind.UNAUTHORIZED, "Missing " + ApiKeyFilter.HEADER
                    + " header: /metrics needs an admin-scope key or a configured scraper address",
                    OptionalLong.empty());
            return false;
        }
        Instant now = Instant.now();
        Optional<KeyGrant> grant = keys.authenticate(presented.strip());
        if (grant.isEmpty()) {
            Optional<Duration> refusal = guessing.refusal(client, now);
            if (refusal.isPresent()) {
                FilterRefusal.write(request, response, FailureKind.RATE_LIMITED,
                        "Too many unknown keys from this address",
                        OptionalLong.of(Math.max(1, refusal.get().toSeconds())));
            } else {
                guessing.recordFailure(client, now);
                FilterRefusal.write(request, response, FailureKind.UNAUTHORIZED, "Unknown, revoked or expired API key",
                        OptionalLong.empty());
            }
            return false;
        }
        if (!grant.get().scope().allows(Scope.ADMIN)) {
            FilterRefusal.write(request, response, FailureKind.FORBIDDEN, "/metrics needs an API key with scope admin",
                    OptionalLong.empty());
            return false;
        }
        return true;
    }
}
