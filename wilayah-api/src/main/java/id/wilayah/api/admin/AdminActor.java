package id.wilayah.api.admin;

import id.wilayah.api.http.auth.ApiKeyFilter;
import id.wilayah.domain.apikey.KeyHasher;
import jakarta.ws.rs.core.HttpHeaders;

/** Who an automation call is recorded as: the public prefix of the admin key that made it, never the secret. */
final class AdminActor {
    private AdminActor() {
    }

    static String of(HttpHeaders headers) {
        return "api-key " + KeyHasher.prefixOf(headers.getHeaderString(ApiKeyFilter.HEADER).strip());
    }
}
