package id.wilayah.api.geo;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Where a point lies: {@code match} is {@code inside} (the regions contain it) or {@code nearest} (none does; the
 * nearest region within range answers, {@code distance_m} away). {@code kelurahan} is null where no village polygon
 * answers.
 */
@JsonbPropertyOrder({"match", "distanceMetres", "kelurahan", "kecamatan", "kota", "provinsi"})
public record ReverseAnswer(String match, @JsonbProperty("distance_m") long distanceMetres, Village kelurahan,
                            Named kecamatan, Named kota, Named provinsi) {

    @JsonbPropertyOrder({"code", "name", "postalCode"})
    public record Village(String code, String name, @JsonbProperty("postal_code") String postalCode) {
    }

    public record Named(String code, String name) {
    }
}
