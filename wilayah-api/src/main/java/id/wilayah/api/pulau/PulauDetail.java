package id.wilayah.api.pulau;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One island with its regency ({@code kota}, null for an island assigned to a province only) and province. */
@Schema(name = "PulauDetail")
@JsonbPropertyOrder({"code", "name", "lat", "lng", "populated", "outermost", "kota", "provinsi"})
public record PulauDetail(@Schema(example = "110140001") String code,
                          @Schema(example = "PULAU BATUKAPAL") String name,
                          @Schema(example = "3.3176", nullable = true) Double lat,
                          @Schema(example = "97.1283", nullable = true) Double lng,
                          @Schema(example = "false", nullable = true) Boolean populated,
                          @Schema(example = "false") boolean outermost,
                          @Schema(nullable = true) PulauRegion kota,
                          PulauRegion provinsi) {
}
