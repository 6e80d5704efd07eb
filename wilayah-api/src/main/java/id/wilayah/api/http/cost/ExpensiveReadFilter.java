package id.wilayah.api.http.cost;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.domain.apikey.KeyGrant;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Admits an {@link Expensive} request only with a permit from the {@link ExpensiveReadLimiter}. The permit is kept as
 * a request property (a servlet request attribute under Jersey), so {@link PermitReleaseFilter} can release it after
 * a streamed answer has been written, which no JAX-RS response filter sees.
 */
@Provider
@Expensive
@Priority(Priorities.USER)
public class ExpensiveReadFilter implements ContainerRequestFilter {
    static final String PERMIT = "wilayah.expensiveReadPermit";

    @Inject
    ExpensiveReadLimiter limiter;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Expensive expensive = resource.getResourceMethod().getAnnotation(Expensive.class);
        if (expensive != null && !expensive.whenQueryFlag().isEmpty() && !"true".equalsIgnoreCase(
                request.getUriInfo().getQueryParameters().getFirst(expensive.whenQueryFlag()))) {
            return;
        }
        KeyGrant grant = (KeyGrant) request.getProperty(ApiKeyFilter.GRANT);
        request.setProperty(PERMIT, limiter.acquire(grant.keyId()));
    }
}
