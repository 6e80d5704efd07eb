package id.wilayah.api.pulau;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The regency or province an island belongs to. */
@Schema(name = "PulauRegion")
public record PulauRegion(@Schema(example = "1101") String code,
                          @Schema(example = "KABUPATEN ACEH SELATAN") String name) {
}
