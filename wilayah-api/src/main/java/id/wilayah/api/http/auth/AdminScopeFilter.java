package id.wilayah.api.http.auth;

import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.apikey.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Refuses {@link AdminScoped} resources to keys without admin scope; {@link ApiKeyFilter} has identified the key. */
@Provider
@AdminScoped
@Priority(Priorities.AUTHORIZATION)
public class AdminScopeFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        KeyGrant grant = (KeyGrant) request.getProperty(ApiKeyFilter.GRANT);
        if (!grant.scope().allows(Scope.ADMIN)) {
            throw new ScopeForbiddenException("This API key has scope " + grant.scope().name().toLowerCase(Locale.ROOT)
                    + "; /api/admin needs scope admin");
        }
    }
}
