package id.wilayah.domain.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private final Instant now = Instant.now();

    private static ApiKey key(Instant expiresAt) {
        return new ApiKey(new KeySpec("client", null, null, Scope.READ, null, expiresAt, null), KeyHasher.newSecret(),
                "t");
    }

    @Test
    void aRotatedKeyWorksUntilTheGracePeriodEndsThenCountsAsReplaced() {
        ApiKey old = key(null);
        old.replaceBy(42L, now.plusSeconds(60));
        assertEquals(KeyStatus.GRACE, old.statusAt(now));
        assertEquals(KeyStatus.REPLACED, old.statusAt(now.plusSeconds(60)));
    }

    @Test
    void aGracePeriodNeverExtendsAnEarlierExpiry() {
        ApiKey old = key(now.plusSeconds(10));
        old.replaceBy(42L, now.plusSeconds(3600));
        assertEquals(now.plusSeconds(10), old.getExpiresAt());
    }

    @Test
    void revokedAndExpiredKeysAreTold() {
        ApiKey expired = key(now.minusSeconds(1));
        assertEquals(KeyStatus.EXPIRED, expired.statusAt(now));
        ApiKey revoked = key(null);
        revoked.revoke(now);
        assertEquals(KeyStatus.REVOKED, revoked.statusAt(now));
    }

    @Test
    void aSpecNeedsANameAScopeAndASaneLimit() {
        assertThrows(InvalidInputException.class, () -> new KeySpec(" ", null, null, Scope.READ, null, null, null));
        assertThrows(InvalidInputException.class, () -> new KeySpec("x", null, null, null, null, null, null));
        assertThrows(InvalidInputException.class, () -> new KeySpec("x", null, null, Scope.READ, null, null, 0));
        assertEquals("x", new KeySpec("  x ", " ", null, Scope.READ, null, null, null).name());
        assertEquals(CodeSystem.KEMENDAGRI, new KeySpec("x", null, null, Scope.READ, null, null, null).codeSystem(),
                "a key speaks the official editions' codes unless told otherwise");
    }
}
