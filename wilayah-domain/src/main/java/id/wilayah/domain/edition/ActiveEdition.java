package id.wilayah.domain.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The single row naming the edition that answers reads; {@code version} grows with every activation,
 * {@code editionsVersion} with every change of the ready editions, {@code overridesVersion} with every change of the
 * crosswalk overrides (see EditionService.changeVersions).
 */
@Entity
@Table(name = "active_edition")
public class ActiveEdition {
    public static final int SINGLETON_ID = 1;

    @Id
    private Integer id;

    @ManyToOne
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(nullable = false)
    private long version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "editions_version", nullable = false)
    private long editionsVersion;

    @Column(name = "overrides_version", nullable = false)
    private long overridesVersion;

    protected ActiveEdition() {
    }

    public Edition getEdition() {
        return edition;
    }

    public long getVersion() {
        return version;
    }

    public long getEditionsVersion() {
        return editionsVersion;
    }

    public long getOverridesVersion() {
        return overridesVersion;
    }

    void point(Edition newEdition) {
        this.edition = newEdition;
        this.version++;
        this.changedAt = Instant.now();
        newEdition.markActivated();
    }
}
