package id.wilayah.domain.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.ServiceUnavailableException;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GrantCacheTest {
    private static final Duration FRESHNESS = Duration.ofSeconds(30);

    private final Instant now = Instant.now();
    private final String secret = KeyHasher.newSecret();
    private final String hash = KeyHasher.hash(secret);
    private final ApiKey key = new ApiKey(new KeySpec("client", null, null, Scope.READ, null, null, null), secret, "t");
    private final AtomicInteger queries = new AtomicInteger();
    private boolean databaseUp = true;

    private final GrantCache cache = new GrantCache(FRESHNESS, this::findByHash,
            found -> new KeyGrant(1, found.getName(), found.getKeyHash(), found.getScope(), found.getExpiresAt(), 600,
                    found.getCodeSystem()),
            Runnable::run);

    private Optional<ApiKey> findByHash(String presented) {
        queries.incrementAndGet();
        if (!databaseUp) {
            throw new PersistenceException("Connection refused");
        }
        return presented.equals(hash) ? Optional.of(key) : Optional.empty();
    }

    @Test
    void aKnownKeyKeepsWorkingWhileTheDatabaseIsAwayPastTheFreshness() {
        assertTrue(cache.grantFor(hash, now).isPresent());
        databaseUp = false;

        assertTrue(cache.grantFor(hash, now.plus(FRESHNESS).plusSeconds(60)).isPresent());
        assertEquals(2, queries.get(), "the stale grant was read again, and answered although that failed");
    }

    @Test
    void aFreshGrantAsksTheDatabaseOnce() {
        cache.grantFor(hash, now);
        cache.grantFor(hash, now.plusSeconds(1));
        assertEquals(1, queries.get());
    }

    @Test
    void aStaleGrantPicksUpARevocationFromTheDatabase() {
        cache.grantFor(hash, now);
        key.revoke(now.plusSeconds(1));

        cache.grantFor(hash, now.plus(FRESHNESS).plusSeconds(1));
        assertEquals(Optional.empty(), cache.grantFor(hash, now.plus(FRESHNESS).plusSeconds(2)));
    }

    @Test
    void aRevokedKeyIsRefusedFromMemoryAlsoWhileTheDatabaseIsAway() {
        key.revoke(now.minusSeconds(1));
        assertEquals(Optional.empty(), cache.grantFor(hash, now));
        databaseUp = false;

        assertEquals(Optional.empty(), cache.grantFor(hash, now.plusSeconds(1)));
        assertEquals(1, queries.get());
    }

    @Test
    void anUnknownKeyWhileTheDatabaseIsAwayIsUnavailableNotRefused() {
        databaseUp = false;
        assertThrows(ServiceUnavailableException.class, () -> cache.grantFor(KeyHasher.hash("wly_unknown"), now));
    }

    @Test
    void aForgottenKeyIsReadAgain() {
        cache.grantFor(hash, now);
        key.revoke(now);
        cache.forget(List.of(1L));

        assertEquals(Optional.empty(), cache.grantFor(hash, now.plusSeconds(1)));
    }
}
