package id.wilayah.domain.apikey;

import id.wilayah.domain.edition.CodeSystem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client's key. Only the SHA-256 of the secret is stored; the secret is shown once, when created. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "select k from ApiKey k where k.keyHash = :hash")
@NamedQuery(name = ApiKey.CHANGED_SINCE, query = "select k.id from ApiKey k where k.changedAt >= :since")
public class ApiKey {
    public static final String BY_HASH = "ApiKey.byHash";
    public static final String CHANGED_SINCE = "ApiKey.changedSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    private String owner;

    @Column(length = 1000)
    private String notes;

    @Column(nullable = false, length = 8)
    private String prefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_system", nullable = false)
    private CodeSystem codeSystem;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "request_count", nullable = false)
    private long requestCount;
    @Column(name = "rate_limit_per_minute")
    private Integer rateLimitPerMinute;
    @Column(name = "replaced_by_id")
    private Long replacedById;
    /** When the key last stopped or started to stop working; other nodes poll it to drop their cached grant. */
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ApiKey() {
    }

    public ApiKey(KeySpec spec, String secret, String createdBy) {
        this.name = spec.name();
        this.owner = spec.owner();
        this.notes = spec.notes();
        this.prefix = KeyHasher.prefixOf(secret);
        this.keyHash = KeyHasher.hash(secret);
        this.scope = spec.scope();
        this.codeSystem = spec.codeSystem();
        this.expiresAt = spec.expiresAt();
        this.rateLimitPerMinute = spec.rateLimitPerMinute();
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** What a successor made by rotation inherits: everything but the secret. */
    public KeySpec spec() {
        return new KeySpec(name, owner, notes, scope, codeSystem, expiresAt, rateLimitPerMinute);
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public KeyStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return KeyStatus.REVOKED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return replacedById == null ? KeyStatus.EXPIRED : KeyStatus.REPLACED;
        }
        return replacedById == null ? KeyStatus.ACTIVE : KeyStatus.GRACE;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            changedAt = at;
        }
    }

    /** The old secret keeps working until the grace period ends (or its own earlier expiry), then stops. */
    public void replaceBy(long successorId, Instant graceEnd) {
        this.replacedById = successorId;
        this.changedAt = Instant.now();
        if (expiresAt == null || graceEnd.isBefore(expiresAt)) {
            expiresAt = graceEnd;
        }
    }

    /** Its clients' cached grants carry the code system, so other nodes are told to read the key again. */
    public void speak(CodeSystem system) {
        this.codeSystem = system;
        this.changedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public String getNotes() {
        return notes;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public Scope getScope() {
        return scope;
    }

    public CodeSystem getCodeSystem() {
        return codeSystem;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public long getRequestCount() {
        return requestCount;
    }

    public Integer getRateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public Long getReplacedById() {
        return replacedById;
    }
}
