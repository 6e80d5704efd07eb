package id.wilayah.domain.apikey;

import id.wilayah.domain.audit.AuditLog;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, checks and revokes API keys. Checks are answered from a cache of grants keyed by the secret's hash (see
 * {@link GrantCache}), so the database is not hit per request, nor needed while it is away; a revocation on this node
 * drops the cached grant immediately.
 */
@ApplicationScoped
public class ApiKeyService {
    /** DATETIME columns hold years up to 9999; a later instant would fail in the database, not as bad input. */
    private static final Instant LATEST_STORABLE_INSTANT = Instant.parse("9999-01-01T00:00:00Z");
    /** A rotation overlaps two secrets so a client can switch; beyond a year it is no rotation at all. */
    private static final Duration MAX_GRACE = Duration.ofDays(366);

    private static final int MAX_SECRET_LENGTH = 200;

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "wilayah.keys.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    @Inject
    @ConfigProperty(name = "wilayah.keys.rate-limit-per-minute", defaultValue = "600")
    int defaultRateLimit;

    @Inject
    @ConfigProperty(name = "wilayah.keys.rotation-grace-hours", defaultValue = "24")
    long defaultGraceHours;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    private GrantCache grants;
    private final Map<Long, LongAdder> unflushedUses = new ConcurrentHashMap<>();

    @PostConstruct
    void createCache() {
        grants = new GrantCache(Duration.ofSeconds(cacheSeconds), this::findByHash,
                key -> new KeyGrant(key.getId(), key.getName(), key.getKeyHash(), key.getScope(), key.getExpiresAt(),
                        effectiveRateLimit(key), key.getCodeSystem()),
                executor);
    }

    /** The grant for a presented secret, or empty when it is missing, unknown, revoked or expired. */
    public Optional<KeyGrant> authenticate(String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isEmpty() || presentedSecret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        String hash = KeyHasher.hash(presentedSecret);
        Instant now = Instant.now();
        KeyGrant grant = grants.grantFor(hash, now).orElse(null);
        if (grant == null || !KeyHasher.sameHash(grant.keyHash(), hash) || !grant.validAt(now)) {
            return Optional.empty();
        }
        unflushedUses.computeIfAbsent(grant.keyId(), id -> new LongAdder()).increment();
        return Optional.of(grant);
    }

    private Optional<ApiKey> findByHash(String hash) {
        return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class).setParameter("hash", hash).getResultStream()
                .findFirst();
    }

    @Transactional
    public IssuedKey create(KeySpec spec, String actor) {
        if (spec.expiresAt() != null && !spec.expiresAt().isAfter(Instant.now())) {
            throw new InvalidInputException("The expiry date must lie in the future");
        }
        if (spec.expiresAt() != null && !spec.expiresAt().isBefore(LATEST_STORABLE_INSTANT)) {
            throw new InvalidInputException("The expiry date must lie before " + LATEST_STORABLE_INSTANT);
        }
        String secret = KeyHasher.newSecret();
        ApiKey key = new ApiKey(spec, secret, actor);
        em.persist(key);
        em.flush();
        audit.record(actor, "KEY_CREATED", describe(key), "scope " + key.getScope().name().toLowerCase()
                + ", codes " + key.getCodeSystem().name());
        return new IssuedKey(key.getId(), key.getName(), key.getPrefix(), key.getScope(), secret);
    }

    /**
     * A new secret for the same client; the old one keeps working for the grace period (null: the configured default)
     * so the client can switch without downtime.
     */
    @Transactional
    public IssuedKey rotate(long keyId, Duration grace, String actor) {
        Duration effectiveGrace = grace == null ? Duration.ofHours(defaultGraceHours) : grace;
        if (effectiveGrace.isNegative()) {
            throw new InvalidInputException("The grace period cannot be negative");
        }
        if (effectiveGrace.compareTo(MAX_GRACE) > 0) {
            throw new InvalidInputException("The grace period can be at most " + MAX_GRACE.toDays() + " days");
        }
        ApiKey old = find(keyId);
        Instant now = Instant.now();
        if (old.statusAt(now) != KeyStatus.ACTIVE) {
            throw new InvalidInputException("Key " + describe(old) + " is " + old.statusAt(now).name().toLowerCase()
                    + " and cannot be rotated");
        }
        String secret = KeyHasher.newSecret();
        ApiKey successor = new ApiKey(old.spec(), secret, actor);
        em.persist(successor);
        em.flush();
        old.replaceBy(successor.getId(), now.plus(effectiveGrace));
        forget(keyId);
        audit.record(actor, "KEY_ROTATED", describe(old),
                "new key " + describe(successor) + ", old secret valid until " + old.getExpiresAt());
        return new IssuedKey(successor.getId(), successor.getName(), successor.getPrefix(), successor.getScope(), secret);
    }

    @Transactional
    public void revoke(long keyId, String actor) {
        ApiKey key = find(keyId);
        key.revoke(Instant.now());
        forget(keyId);
        audit.record(actor, "KEY_REVOKED", describe(key), null);
    }

    /** The codes the key's requests and answers speak from now on, on every node within the cluster poll. */
    @Transactional
    public KeyView changeCodeSystem(long keyId, CodeSystem system, String actor) {
        if (system == null) {
            throw new InvalidInputException("Choose a code system: KEMENDAGRI or BPS");
        }
        ApiKey key = find(keyId);
        CodeSystem before = key.getCodeSystem();
        if (before != system) {
            key.speak(system);
            forget(keyId);
            audit.record(actor, "KEY_CODES_CHANGED", describe(key), before.name() + " → " + system.name());
        }
        return KeyView.of(key, defaultRateLimit, Instant.now());
    }

    @Transactional
    public List<KeyView> list() {
        Instant now = Instant.now();
        return em.createQuery("select k from ApiKey k order by k.id desc", ApiKey.class).getResultStream()
                .map(key -> KeyView.of(key, defaultRateLimit, now)).toList();
    }

    @Transactional
    public KeyView view(long keyId) {
        return KeyView.of(find(keyId), defaultRateLimit, Instant.now());
    }

    private ApiKey find(long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null) {
            throw new NotFoundException("API key " + keyId + " does not exist");
        }
        return key;
    }

    private void forget(long keyId) {
        grants.forget(List.of(keyId));
    }

    /** Drops the cached grants of keys revoked or rotated (on any node) since the given instant. */
    @Transactional
    public void forgetChangedSince(Instant since) {
        List<Long> changed = em.createNamedQuery(ApiKey.CHANGED_SINCE, Long.class).setParameter("since", since)
                .getResultList();
        if (!changed.isEmpty()) {
            grants.forget(changed);
        }
    }

    private int effectiveRateLimit(ApiKey key) {
        return key.getRateLimitPerMinute() == null ? defaultRateLimit : key.getRateLimitPerMinute();
    }

    private static String describe(ApiKey key) {
        return "#" + key.getId() + " " + key.getName() + " (" + key.getPrefix() + "…)";
    }

    @Transactional
    public boolean anyKeyExists() {
        return em.createQuery("select count(k) from ApiKey k", Long.class).getSingleResult() > 0;
    }

    /** Takes the request counters gathered since the last call, per key id, for {@link #persistUsage}. */
    public Map<Long, Long> drainUsage() {
        Map<Long, Long> drained = new HashMap<>();
        for (Long keyId : unflushedUses.keySet()) {
            drained.put(keyId, unflushedUses.remove(keyId).sum());
        }
        return drained;
    }

    /** Adds drained counters to the keys' totals; called periodically, not per request. */
    @Transactional
    public void persistUsage(Map<Long, Long> uses) {
        Instant now = Instant.now();
        uses.forEach((keyId, count) -> em.createQuery("update ApiKey k set k.requestCount = k.requestCount + :uses,"
                        + " k.lastUsedAt = :now where k.id = :id")
                .setParameter("uses", count).setParameter("now", now).setParameter("id", keyId)
                .executeUpdate());
    }

    /** Puts drained counters back after a failed write, so the next flush carries them (none lost in an outage). */
    public void restoreUsage(Map<Long, Long> uses) {
        uses.forEach((keyId, count) -> unflushedUses.computeIfAbsent(keyId, id -> new LongAdder()).add(count));
    }
}
