package id.wilayah.domain.edition;

import id.wilayah.domain.region.RegionCounts;
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

@Entity
@Table(name = "edition")
@NamedQuery(name = Edition.BY_NAME, query = "select e from Edition e where e.name = :name")
public class Edition {
    public static final String BY_NAME = "Edition.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_system", nullable = false)
    private CodeSystem codeSystem;

    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EditionStatus status;

    @Column(name = "province_count")
    private int provinceCount;
    @Column(name = "regency_count")
    private int regencyCount;
    @Column(name = "district_count")
    private int districtCount;
    @Column(name = "village_count")
    private int villageCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "activated_at")
    private Instant activatedAt;

    protected Edition() {
    }

    public Edition(String name, CodeSystem codeSystem, String source) {
        this.name = name;
        this.codeSystem = codeSystem;
        this.source = source;
        this.status = EditionStatus.IMPORTING;
        this.createdAt = Instant.now();
    }

    public void markReady(RegionCounts counts, CodeSystem detected) {
        this.codeSystem = detected;
        this.provinceCount = counts.provinces();
        this.regencyCount = counts.regencies();
        this.districtCount = counts.districts();
        this.villageCount = counts.villages();
        this.status = EditionStatus.READY;
        this.importedAt = Instant.now();
    }

    public void markFailed() {
        this.status = EditionStatus.FAILED;
    }

    void markActivated() {
        this.activatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CodeSystem getCodeSystem() {
        return codeSystem;
    }

    public String getSource() {
        return source;
    }

    public EditionStatus getStatus() {
        return status;
    }

    public RegionCounts getCounts() {
        return new RegionCounts(provinceCount, regencyCount, districtCount, villageCount);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    /**
     * Whether any key may name this edition (pin it, list it, diff it, cross-walk from or to it); otherwise only
     * admin-scope keys may, and for everyone else it does not exist. Published: an edition that has answered reads as
     * the active one at some time, and a ready BPS edition. A BPS edition is imported to translate codes through and
     * never activated (bps-2018 is staged so on the first start); its codes answer every {@code ?codes=bps} request
     * and it is what clients cross-walk their stored BPS codes from, so holding it back would hide nothing. A dry run
     * of an official edition that was never activated is staged for its administrators to check: not published.
     */
    public boolean isPublished() {
        return activatedAt != null || status == EditionStatus.READY && codeSystem == CodeSystem.BPS;
    }

    public EditionInfo info() {
        return new EditionInfo(id, name, codeSystem.name(), isPublished());
    }
}
