package id.wilayah.domain.edition;

import id.wilayah.domain.region.RegionCounts;
import java.time.Instant;

/** What clients may know about an edition. */
public record EditionSummary(String name, String codeSystem, String status, String source, RegionCounts counts,
                             Instant importedAt, Instant activatedAt, boolean active) {
}
