package id.wilayah.domain.crosswalk.store;

import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.region.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * An administrator's link from a region of one edition to a region of another, or ({@code toCode} null) the statement
 * that it has none; changelog 012. It replaces the computed links of its {@code fromCode} whenever the crosswalk of
 * the two editions is served, however often that crosswalk is computed again.
 */
@Entity
@Table(name = "crosswalk_override")
public class CrosswalkOverride {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_edition_id", nullable = false)
    private long fromEditionId;

    @Column(name = "to_edition_id", nullable = false)
    private long toEditionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;

    @Column(name = "from_code", nullable = false, length = 10)
    private String fromCode;

    @Column(name = "to_code", length = 10)
    private String toCode;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CrosswalkOverride() {
    }

    public CrosswalkOverride(EditionPair pair, Level level, String fromCode, String toCode, String createdBy) {
        this.fromEditionId = pair.source().edition().id();
        this.toEditionId = pair.target().edition().id();
        this.level = level;
        this.fromCode = fromCode;
        this.toCode = toCode;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** The manual link this override makes; empty for "no counterpart". */
    public Optional<CrosswalkLink> link() {
        return toCode == null ? Optional.empty() : Optional.of(CrosswalkLink.manual(level, fromCode, toCode));
    }

    public Level getLevel() {
        return level;
    }

    public String getFromCode() {
        return fromCode;
    }

    public String getToCode() {
        return toCode;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
