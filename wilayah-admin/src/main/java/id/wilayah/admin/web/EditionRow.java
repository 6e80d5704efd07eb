package id.wilayah.admin.web;

import id.wilayah.domain.region.Edition;
import id.wilayah.domain.region.EditionStatus;
import id.wilayah.domain.region.RegionCounts;
import java.time.Instant;
import java.util.Objects;

public record EditionRow(long id, String name, String codeSystem, String source, EditionStatus status,
                         RegionCounts counts, Instant importedAt, Instant activatedAt, boolean active) {
    static EditionRow of(Edition edition, Long activeId) {
        return new EditionRow(edition.getId(), edition.getName(), edition.getCodeSystem().name(), edition.getSource(),
                edition.getStatus(), edition.getCounts(), edition.getImportedAt(), edition.getActivatedAt(),
                Objects.equals(edition.getId(), activeId));
    }

    public boolean isActivatable() {
        return !active && status == EditionStatus.READY;
    }
}
