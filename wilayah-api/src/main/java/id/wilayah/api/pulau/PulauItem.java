package id.wilayah.api.pulau;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An island in a list; {@code kota_code} null for an island assigned to a province only (written as null, which a
 * renamed property needs said explicitly).
 */
@Schema(name = "PulauItem")
@JsonbPropertyOrder({"code", "name", "kotaCode", "lat", "lng", "populated", "outermost"})
public record PulauItem(@Schema(example = "110140001") String code,
                        @Schema(example = "PULAU BATUKAPAL") String name,
                        @Schema(example = "1101", nullable = true) @JsonbProperty("kota_code") @JsonbNillable
                        String kotaCode,
                        @Schema(example = "3.3176", nullable = true,
                                description = "WGS 84; null when the edition gives no position") Double lat,
                        @Schema(example = "97.1283", nullable = true) Double lng,
                        @Schema(example = "false", nullable = true,
                                description = "Inhabited; null when the edition does not say") Boolean populated,
                        @Schema(example = "false", description = "An outermost small island (PPKT)")
                        boolean outermost) {
}
