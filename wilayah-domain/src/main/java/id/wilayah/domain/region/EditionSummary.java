package id.wilayah.domain.region;

import java.time.Instant;

/** What clients may know about an edition. */
public record EditionSummary(String name, String codeSystem, String status, String source, RegionCounts counts,
                             Instant importedAt, Instant activatedAt, boolean active) {
}
