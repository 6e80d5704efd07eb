package id.wilayah.api.http.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links to this server (paging links, Location of created resources) start with the configured
 * {@code wilayah.public-url}, never with the request's Host header, which any client can set to another site.
 */
@ApplicationScoped
public class PublicUrl {
    @Inject
    @ConfigProperty(name = "wilayah.public-url", defaultValue = "http://127.0.0.1:8080")
    String configured;

    /** {@code request}'s path and query under the public URL; its scheme, host and port are dropped. */
    public URI of(URI request) {
        return of(configured, request);
    }

    static URI of(String publicUrl, URI request) {
        String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
        return URI.create(publicUrl.strip().replaceAll("/+$", "") + request.getRawPath() + query);
    }
}
