package id.wilayah.api.http.auth;

import id.wilayah.domain.apikey.KeyGrant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether this request may name an unpublished edition, a dry run staged for its administrators to check
 * ({@code Edition.isPublished()}): only with an admin-scope key. Every parameter that names an edition asks here
 * ({@code ?edition=}, both sides of a diff, the crosswalk's {@code from} and {@code to}, the editions list), so a read
 * key is answered about a dry run exactly as about an edition that does not exist.
 */
@RequestScoped
public class DryRunAccess {
    @Inject
    HttpServletRequest request;

    public boolean granted() {
        return request.getAttribute(ApiKeyFilter.GRANT) instanceof KeyGrant grant && grant.admin();
    }
}
