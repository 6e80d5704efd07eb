package id.wilayah.api.http.auth;

import id.wilayah.domain.apikey.KeyGrant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Whether a request may name an unpublished edition, a dry run staged for its administrators to check
 * ({@code Edition.isPublished()}): only with an admin-scope key. Every parameter that names an edition asks here
 * ({@code ?edition=}, both sides of a diff, the crosswalk's {@code from} and {@code to}, the editions list), so a read
 * key is answered about a dry run exactly as about an edition that does not exist. Read from the request itself rather
 * than injected: a request whose body is read asynchronously (the bulk crosswalk) has no servlet request for CDI.
 */
public final class DryRunAccess {
    private DryRunAccess() {
    }

    public static boolean granted(ContainerRequestContext request) {
        return admin(request.getProperty(ApiKeyFilter.GRANT));
    }

    public static boolean granted(HttpServletRequest request) {
        return admin(request.getAttribute(ApiKeyFilter.GRANT));
    }

    private static boolean admin(Object grant) {
        return grant instanceof KeyGrant key && key.admin();
    }
}
