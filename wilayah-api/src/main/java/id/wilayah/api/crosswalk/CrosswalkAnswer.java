package id.wilayah.api.crosswalk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region of the {@code from} edition and its counterparts in the {@code to} edition ({@code to: []} for none). */
@Schema(name = "CrosswalkAnswer")
public record CrosswalkAnswer(
        @Schema(description = "provinsi, kota, kecamatan or kelurahan", example = "kecamatan") String level,
        Side from,
        @Schema(description = "Empty when the region has no counterpart; several when it was split") List<Counterpart> to) {

    /** The region asked about. */
    @Schema(name = "CrosswalkSide")
    public record Side(@Schema(example = "bps-2018") String edition, @Schema(example = "3204050") String code,
                       @Schema(example = "KERTASARI") String name) {
    }

    /** One linked region of the target edition, with why and how sure the link is. */
    @Schema(name = "CrosswalkCounterpart")
    public record Counterpart(@Schema(example = "kemendagri-2025") String edition,
                              @Schema(example = "320431") String code,
                              @Schema(example = "KERTASARI") String name,
                              @Schema(description = "same-code, exact-name, fuzzy-name, split, merged or manual",
                                      example = "exact-name") String match,
                              @Schema(description = "0..1", example = "1.0") double confidence) {
    }
}
