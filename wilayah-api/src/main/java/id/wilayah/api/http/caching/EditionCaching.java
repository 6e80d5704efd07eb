package id.wilayah.api.http.caching;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.json.ListResponses;
import id.wilayah.domain.edition.EditionInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names the edition that answered and the code system of its codes ({@value RequestedCodes#HEADER}), and makes
 * data responses cacheable: an edition never changes once imported, so edition + codes + request identifies the body
 * and a matching If-None-Match is answered 304 before the body is written.
 */
@Provider
public class EditionCaching implements ContainerResponseFilter {
    public static final String EDITION_HEADER = "X-Wilayah-Edition";

    @Inject
    RequestedEdition requested;

    @Inject
    @ConfigProperty(name = "wilayah.api.cache-max-age-seconds", defaultValue = "300")
    int maxAgeSeconds;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        requested.answered().ifPresent(snapshot -> {
            EditionInfo edition = snapshot.edition();
            response.getHeaders().putSingle(EDITION_HEADER, edition.name());
            response.getHeaders().putSingle(RequestedCodes.HEADER, snapshot.codes().system());
            if (!HttpMethod.GET.equals(request.getMethod()) || !cacheable(response.getStatus())) {
                return;
            }
            if (requested.isIncomplete()) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
                return;
            }
            String etag = etag(edition, snapshot.codes().system(), request);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, max-age=" + maxAgeSeconds);
            response.getHeaders().add(HttpHeaders.VARY, "X-API-Key");
            if (EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
                response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                response.getHeaders().remove(ListResponses.TOTAL_COUNT);
                response.getHeaders().remove("Link");
            }
        });
    }

    /** An answer with data, or that there is none (an empty map tile): both hold for the edition. */
    private static boolean cacheable(int status) {
        return status == Response.Status.OK.getStatusCode() || status == Response.Status.NO_CONTENT.getStatusCode();
    }

    /** The code system counts: a key switched to other codes must not be told its cached body is still good. */
    static String etag(EditionInfo edition, String codeSystem, ContainerRequestContext request) {
        String identity = edition.id() + "|" + edition.name() + "|" + codeSystem + "|"
                + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
