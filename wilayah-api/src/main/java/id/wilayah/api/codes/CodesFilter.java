package id.wilayah.api.codes;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a malformed {@code ?codes=} on any request before the resource runs (a request that reads no region data
 * would otherwise ignore it), and writes the {@value RequestedCodes#UNTRANSLATED_HEADER} header. A request without
 * {@code codes} in its query string costs a string search and an attribute lookup here.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CodesFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String query = servletRequest.getQueryString();
        if (query != null && query.contains(RequestedCodes.PARAMETER)) {
            RequestedCodes.of(servletRequest);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String untranslated = RequestedCodes.untranslatedHeader(RequestedCodes.noted(servletRequest));
        if (untranslated != null) {
            response.getHeaders().putSingle(RequestedCodes.UNTRANSLATED_HEADER, untranslated);
        }
    }
}
