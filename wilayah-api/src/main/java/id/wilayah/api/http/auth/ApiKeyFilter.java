package id.wilayah.api.http.auth;

import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.keyuse.RateLimiter;
import id.wilayah.domain.apikey.Scope;
import id.wilayah.domain.client.TrustedProxies;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.Locale;

/**
 * Every request needs a valid X-API-Key, checked before resource matching so unknown paths reveal nothing; each key
 * is held to its requests-per-minute limit, and each client address (behind trusted proxies) to a limit of unknown
 * keys per minute (guessing), which never blocks a valid key;
 * the {@link AdminScoped} path needs a key with admin scope.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    public static final String HEADER = "X-API-Key";

    /** The request property holding the caller's {@link KeyGrant}, for resources that record who acted. */
    public static final String GRANT = "wilayah.keyGrant";

    @Inject
    ApiKeyService keys;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    KeyGuessingGuard guessing;

    @Inject
    TrustedProxies proxies;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String presented = request.getHeaderString(HEADER);
        if (presented == null || presented.isBlank()) {
            throw new ApiKeyRejectedException("Missing " + HEADER + " header");
        }
        Instant now = Instant.now();
        // The key first: a client whose address is shared with a guesser (a NAT, an untrusted proxy) keeps working.
        KeyGrant grant = keys.authenticate(presented.strip()).orElseThrow(() -> {
            String client = proxies.clientAddress(servletRequest.getRemoteAddr(),
                    request.getHeaders().get(TrustedProxies.FORWARDED),
                    request.getHeaders().get(TrustedProxies.X_FORWARDED_FOR));
            guessing.refusal(client, now).ifPresent(retryAfter -> {
                throw RateLimitedException.keyGuessing(guessing.failuresPerMinute(), retryAfter);
            });
            guessing.recordFailure(client, now);
            return new ApiKeyRejectedException("Unknown, revoked or expired API key");
        });
        if (isAdminScoped(request) && !grant.scope().allows(Scope.ADMIN)) {
            throw new ScopeForbiddenException("This API key has scope " + grant.scope().name().toLowerCase(Locale.ROOT)
                    + "; /api/admin needs scope admin");
        }
        rateLimiter.admit(grant.keyId(), grant.rateLimitPerMinute(), now).ifPresent(retryAfter -> {
            throw new RateLimitedException(grant.rateLimitPerMinute(), retryAfter);
        });
        request.setProperty(GRANT, grant);
    }

    private static boolean isAdminScoped(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return (path.startsWith("/") ? path.substring(1) : path).startsWith(AdminScoped.PATH);
    }
}
