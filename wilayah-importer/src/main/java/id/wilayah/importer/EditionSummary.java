package id.wilayah.importer;

import id.wilayah.domain.region.RegionCounts;
import java.time.Instant;

/** A retained edition as the admin sees it. */
public record EditionSummary(String name, String codeSystem, String status, String source, RegionCounts counts,
                             Instant importedAt, Instant activatedAt, boolean active) {
}
