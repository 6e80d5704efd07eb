package id.wilayah.api.admin;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Locale;

/**
 * Body of PATCH /api/admin/keys/{id}: what may change on a key without a new secret, its code system. The contract
 * spells the field {@code code_system}, the admin API's other fields are camel case: both are accepted.
 */
public record KeyChange(String codeSystem, @JsonbProperty("code_system") String codeSystemAsContracted) {
    CodeSystem requiredCodeSystem() {
        CodeSystem system = codeSystem(codeSystem, codeSystemAsContracted);
        if (system == null) {
            throw new InvalidInputException("Send the new code system: {\"codeSystem\":\"BPS\"} or"
                    + " {\"codeSystem\":\"KEMENDAGRI\"}");
        }
        return system;
    }

    /** The code system named by either spelling (case-insensitive), null when neither is given. */
    static CodeSystem codeSystem(String camelCase, String snakeCase) {
        String named = camelCase == null || camelCase.isBlank() ? snakeCase : camelCase;
        if (named == null || named.isBlank()) {
            return null;
        }
        if (snakeCase != null && !snakeCase.isBlank() && !snakeCase.strip().equalsIgnoreCase(named.strip())) {
            throw new InvalidInputException("codeSystem and code_system disagree: send one of them");
        }
        try {
            return CodeSystem.valueOf(named.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("codeSystem must be KEMENDAGRI or BPS");
        }
    }
}
