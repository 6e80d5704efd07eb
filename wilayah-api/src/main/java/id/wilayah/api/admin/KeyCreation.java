package id.wilayah.api.admin;

import id.wilayah.domain.apikey.KeySpec;
import id.wilayah.domain.apikey.Scope;
import id.wilayah.domain.failure.InvalidInputException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Body of POST /api/admin/keys; expiresAt is an ISO-8601 instant such as 2027-01-31T00:00:00Z, codeSystem (or
 * code_system, as the contract spells it) KEMENDAGRI (the default) or BPS.
 */
public record KeyCreation(String name, String owner, String notes, String scope, String codeSystem,
                          @JsonbProperty("code_system") String codeSystemAsContracted, String expiresAt,
                          Integer rateLimitPerMinute) {

    KeySpec toSpec() {
        return new KeySpec(name, owner, notes, parseScope(), KeyChange.codeSystem(codeSystem, codeSystemAsContracted),
                parseExpiry(), rateLimitPerMinute);
    }

    private Scope parseScope() {
        if (scope == null || scope.isBlank()) {
            return Scope.READ;
        }
        try {
            return Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scope must be read or admin");
        }
    }

    private Instant parseExpiry() {
        if (expiresAt == null || expiresAt.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(expiresAt.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresAt must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
        }
    }
}
