package id.wilayah.api.http.caching;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.auth.DryRunAccess;
import id.wilayah.domain.codes.Translations;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.RegionSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The edition that answers this request: the one named by {@code ?edition=} (a dry run only for an admin-scope key,
 * {@link DryRunAccess}), else the active one, in the codes the request speaks ({@link RequestedCodes}). Resolved once,
 * so the whole response (and its ETag and X-Wilayah-Edition header) comes from one snapshot.
 */
@RequestScoped
public class RequestedEdition {
    public static final String PARAMETER = "edition";

    @Inject
    HttpServletRequest request;

    @Inject
    EditionSnapshots snapshots;

    @Inject
    Translations translations;

    private RegionSnapshot snapshot;
    private boolean incomplete;

    public RegionSnapshot snapshot() {
        return snapshot(request);
    }

    /**
     * The same, read from the request given: a request whose body was read asynchronously (a bulk endpoint) has no
     * servlet request for CDI.
     */
    public RegionSnapshot snapshot(HttpServletRequest current) {
        if (snapshot == null) {
            snapshot = translations.in(RequestedCodes.of(current),
                    snapshots.byName(current.getParameter(PARAMETER), DryRunAccess.granted(current)));
        }
        return snapshot;
    }

    /**
     * The answer lacks something the edition will have shortly (its geography is still loading), so it must not be
     * cached under the edition's ETag.
     */
    public void markIncomplete() {
        incomplete = true;
    }

    public boolean isIncomplete() {
        return incomplete;
    }

    /** The snapshot if a resource used one; empty for responses that did not read region data. */
    public Optional<RegionSnapshot> answered() {
        return Optional.ofNullable(snapshot);
    }
}
