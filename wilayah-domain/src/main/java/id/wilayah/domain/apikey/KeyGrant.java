package id.wilayah.domain.apikey;

import id.wilayah.domain.edition.CodeSystem;
import java.time.Instant;

/** What the API filter needs to know about an authenticated key; cached per key hash. */
public record KeyGrant(long keyId, String name, String keyHash, Scope scope, Instant expiresAt,
                       int rateLimitPerMinute, CodeSystem codeSystem) {
    /** Admin-scope keys also see what is not published: dry-run editions. */
    public boolean admin() {
        return scope == Scope.ADMIN;
    }

    public boolean validAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
