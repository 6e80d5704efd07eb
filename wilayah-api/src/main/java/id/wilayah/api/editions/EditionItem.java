package id.wilayah.api.editions;

import id.wilayah.domain.edition.EditionSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An edition as /api/editions lists it; {@code activated_at} is absent for one never activated (staged, BPS). */
@JsonbPropertyOrder({"name", "codeSystem", "status", "active", "source", "counts", "importedAt", "activatedAt"})
public record EditionItem(String name, @JsonbProperty("code_system") String codeSystem, String status, boolean active,
                          String source, Counts counts, @JsonbProperty("imported_at") Instant importedAt,
                          @JsonbProperty("activated_at") @JsonbNillable(false) Instant activatedAt) {
    static EditionItem of(EditionSummary edition) {
        return new EditionItem(edition.name(), edition.codeSystem(), edition.status(), edition.active(),
                edition.source(), Counts.of(edition.counts()), edition.importedAt(), edition.activatedAt());
    }
}
