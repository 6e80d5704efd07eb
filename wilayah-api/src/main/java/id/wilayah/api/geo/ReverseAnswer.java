package id.wilayah.api.geo;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Where a point lies: {@code match} is {@code inside} (the regions contain it) or {@code nearest} (none does; the
 * nearest region within range answers, {@code distance_m} away). {@code kelurahan} is null where no village polygon
 * answers. {@code pulau} names the island whose point lies nearest, within
 * {@value ReverseResource#ISLAND_METRES} m of the point, and is absent when none does.
 */
@JsonbPropertyOrder({"match", "distanceMetres", "kelurahan", "kecamatan", "kota", "provinsi", "pulau"})
public record ReverseAnswer(String match, @JsonbProperty("distance_m") long distanceMetres, Village kelurahan,
                            Named kecamatan, Named kota, Named provinsi,
                            @JsonbNillable(false) Island pulau) {

    @JsonbPropertyOrder({"code", "name", "postalCode"})
    public record Village(String code, String name, @JsonbProperty("postal_code") String postalCode) {
    }

    public record Named(String code, String name) {
    }

    /**
     * Marked not nillable on the type as well: Yasson leaves a null property of a record type in the output despite
     * the component's annotation unless the type carries it too.
     */
    @JsonbNillable(false)
    @JsonbPropertyOrder({"code", "name", "distanceMetres"})
    public record Island(String code, String name, @JsonbProperty("distance_m") long distanceMetres) {
    }
}
