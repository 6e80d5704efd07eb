package id.wilayah.api.history;

import id.wilayah.domain.lineage.HistoryEntry;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One edition of a region's timeline. */
@Schema(name = "HistoryItem")
@JsonbPropertyOrder({"edition", "code", "name", "parent", "event", "with"})
public record HistoryItem(@Schema(example = "kemendagri-2022") String edition,
                          @Schema(description = "The region's code in this edition", example = "9671") String code,
                          @Schema(example = "KOTA SORONG") String name,
                          @Schema(description = "The parent's code in this edition; null for a province",
                                  example = "96", nullable = true) String parent,
                          @Schema(description = "What this edition did to the region against the edition before:"
                                  + " created, same, renamed, recoded, moved, split-from, merged-into, removed"
                                  + " (removed: this edition has no counterpart; the entry repeats the region as"
                                  + " last seen)", example = "recoded",
                                  enumeration = {"created", "same", "renamed", "recoded", "moved", "split-from",
                                          "merged-into", "removed"}) String event,
                          @Schema(description = "The other regions of a split (the other parts, in this edition)"
                                  + " or merge (the other regions merged in, from the edition before); empty"
                                  + " otherwise") List<Other> with) {
    @Schema(name = "HistoryOther")
    @JsonbPropertyOrder({"code", "name"})
    public record Other(@Schema(example = "9672") String code, @Schema(example = "KABUPATEN SORONG") String name) {
    }

    static HistoryItem of(HistoryEntry entry) {
        return new HistoryItem(entry.edition(), entry.code(), entry.name(), entry.parent(), entry.event().label(),
                entry.with().stream().map(other -> new Other(other.code(), other.name())).toList());
    }
}
