package id.wilayah.domain.apikey;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.text.NameCharacters;
import java.time.Instant;
import java.util.Optional;

/**
 * What an administrator chooses for a key; the secret is generated. A null rate limit means the configured default, a
 * null code system Kemendagri's (the codes of the official editions).
 */
public record KeySpec(String name, String owner, String notes, Scope scope, CodeSystem codeSystem, Instant expiresAt,
                      Integer rateLimitPerMinute) {
    static final int MAX_NAME = 100;
    static final int MAX_OWNER = 255;
    static final int MAX_NOTES = 1000;
    static final int MAX_RATE_LIMIT = 1_000_000;

    public KeySpec {
        name = name == null ? "" : name.strip();
        owner = blankToNull(owner);
        notes = blankToNull(notes);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("A key needs a name of 1 to " + MAX_NAME + " characters");
        }
        refuse("Key name", NameCharacters.forbidden(name));
        refuse("Owner", NameCharacters.forbidden(owner));
        refuse("Notes", NameCharacters.forbiddenInText(notes));
        if (owner != null && owner.length() > MAX_OWNER) {
            throw new InvalidInputException("Owner is longer than " + MAX_OWNER + " characters");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidInputException("Notes are longer than " + MAX_NOTES + " characters");
        }
        if (scope == null) {
            throw new InvalidInputException("A key needs a scope: read or admin");
        }
        codeSystem = codeSystem == null ? CodeSystem.KEMENDAGRI : codeSystem;
        if (rateLimitPerMinute != null && (rateLimitPerMinute < 1 || rateLimitPerMinute > MAX_RATE_LIMIT)) {
            throw new InvalidInputException("Rate limit must be between 1 and " + MAX_RATE_LIMIT + " requests per minute");
        }
    }

    private static void refuse(String field, Optional<String> forbidden) {
        forbidden.ifPresent(character -> {
            throw new InvalidInputException(field + ": a " + character + " is not allowed (printable text only)");
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
