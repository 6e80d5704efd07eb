package id.wilayah.domain.apikey;

import id.wilayah.domain.failure.ServiceUnavailableException;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grants by key hash, so checking a key costs no query per request. A grant past its freshness keeps answering while
 * it is read again in the background: neither a slow nor an unreachable database holds up a request with a known key.
 * A key found revoked or expired is refused from memory from then on (neither can be undone), so a client that keeps
 * presenting it costs no query either, also during an outage.
 */
final class GrantCache {
    private static final Logger LOG = Logger.getLogger(GrantCache.class.getName());

    private final Duration freshness;
    private final Function<String, Optional<ApiKey>> findByHash;
    private final Function<ApiKey, KeyGrant> toGrant;
    private final Executor refresher;
    private final Map<String, CachedGrant> grants = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

    /** {@code findByHash} throws when the database cannot be asked; {@code refresher} runs background reads. */
    GrantCache(Duration freshness, Function<String, Optional<ApiKey>> findByHash, Function<ApiKey, KeyGrant> toGrant,
               Executor refresher) {
        this.freshness = freshness;
        this.findByHash = findByHash;
        this.toGrant = toGrant;
        this.refresher = refresher;
    }

    /**
     * The grant of a usable key with this hash, or empty for an unknown, revoked or expired one.
     *
     * @throws ServiceUnavailableException when the key is not known here and the database cannot be asked
     */
    Optional<KeyGrant> grantFor(String hash, Instant now) {
        if (refused.contains(hash)) {
            return Optional.empty();
        }
        CachedGrant cached = grants.get(hash);
        if (cached == null) {
            try {
                return load(hash, now);
            } catch (PersistenceException e) {
                throw new ServiceUnavailableException(
                        "API keys cannot be checked while the database is unreachable; try again shortly");
            }
        }
        if (!cached.freshAt(now)) {
            refreshInBackground(hash);
        }
        return Optional.of(cached.grant());
    }

    private Optional<KeyGrant> load(String hash, Instant now) {
        Optional<ApiKey> key = findByHash.apply(hash);
        if (key.isPresent() && !key.get().isUsableAt(now)) {
            refused.add(hash);
        }
        Optional<KeyGrant> grant = key.filter(found -> found.isUsableAt(now)).map(toGrant);
        grant.ifPresentOrElse(found -> grants.put(hash, new CachedGrant(found, now.plus(freshness))),
                () -> grants.remove(hash));
        return grant;
    }

    private void refreshInBackground(String hash) {
        if (!refreshing.add(hash)) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    load(hash, Instant.now());
                } catch (PersistenceException e) {
                    LOG.log(Level.FINE, "Key grant not refreshed; the cached one keeps answering", e);
                } finally {
                    refreshing.remove(hash);
                }
            });
        } catch (RejectedExecutionException rejected) {
            refreshing.remove(hash);
        }
    }

    /** Drops the grants of these keys, so their next use reads the database. */
    void forget(Collection<Long> keyIds) {
        grants.values().removeIf(cached -> keyIds.contains(cached.grant().keyId()));
    }

    private record CachedGrant(KeyGrant grant, Instant freshUntil) {
        boolean freshAt(Instant now) {
            return now.isBefore(freshUntil);
        }
    }
}
