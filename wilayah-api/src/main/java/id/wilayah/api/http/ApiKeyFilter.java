package id.wilayah.api.http;

import id.wilayah.domain.apikey.ApiKeyService;
import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.apikey.Scope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Every request needs a valid X-API-Key, checked before resource matching so unknown paths reveal nothing;
 * /api/admin needs a key with admin scope.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    public static final String HEADER = "X-API-Key";
    public static final String GRANT_PROPERTY = "wilayah.key-grant";

    @Inject
    ApiKeyService keys;

    @Override
    public void filter(ContainerRequestContext request) {
        String presented = request.getHeaderString(HEADER);
        if (presented == null || presented.isBlank()) {
            throw new ApiKeyRejectedException("Missing " + HEADER + " header");
        }
        KeyGrant grant = keys.authenticate(presented.strip())
                .orElseThrow(() -> new ApiKeyRejectedException("Unknown, revoked or expired API key"));
        if (isAdminPath(request) && !grant.scope().allows(Scope.ADMIN)) {
            throw new ScopeForbiddenException("This API key has scope " + grant.scope().name().toLowerCase()
                    + "; /api/admin needs scope admin");
        }
        request.setProperty(GRANT_PROPERTY, grant);
    }

    private static boolean isAdminPath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("admin") || path.startsWith("/admin");
    }
}
