package id.wilayah.domain.apikey;

import id.wilayah.domain.edition.CodeSystem;
import java.time.Instant;

/** A key as the console and /api/admin/keys show it: never the secret or its hash. */
public record KeyView(long id, String name, String owner, String notes, String prefix, Scope scope,
                      CodeSystem codeSystem, Instant createdAt, String createdBy, Instant expiresAt,
                      Instant revokedAt, Instant lastUsedAt, long requestCount, int rateLimitPerMinute,
                      Long replacedById, KeyStatus status) {

    static KeyView of(ApiKey key, int defaultRateLimit, Instant now) {
        return new KeyView(key.getId(), key.getName(), key.getOwner(), key.getNotes(), key.getPrefix(),
                key.getScope(), key.getCodeSystem(), key.getCreatedAt(), key.getCreatedBy(), key.getExpiresAt(),
                key.getRevokedAt(), key.getLastUsedAt(), key.getRequestCount(),
                key.getRateLimitPerMinute() == null ? defaultRateLimit : key.getRateLimitPerMinute(),
                key.getReplacedById(), key.statusAt(now));
    }
}
