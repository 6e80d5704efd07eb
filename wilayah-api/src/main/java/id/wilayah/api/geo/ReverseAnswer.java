package id.wilayah.api.geo;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a point lies: {@code match} is {@code inside} (a region contains it) or {@code nearest} (none does; the
 * nearest region within range answers, {@code distance_m} away). Inside, a level whose polygons miss the point (an
 * island only the province's polygon covers, a sliver between polygons) is filled with the nearest region of that
 * level within the one above and named in {@code inferred}. {@code kelurahan} is null where the edition has no
 * village polygon to answer with. {@code pulau} names the island whose point lies nearest, within
 * {@value ReverseResource#ISLAND_METRES} m of the point, and is absent when none does.
 */
@JsonbPropertyOrder({"match", "distanceMetres", "kelurahan", "kecamatan", "kota", "provinsi", "inferred", "pulau"})
public record ReverseAnswer(
        @Schema(description = "inside: a region's polygon contains the point; nearest: none does",
                enumeration = {"inside", "nearest"}, example = "inside") String match,
        @Schema(description = "0 inside, else the distance to the nearest region's polygon",
                example = "0") @JsonbProperty("distance_m") long distanceMetres,
        @Schema(nullable = true, description = "The village; null only where the edition has no village polygons")
        Village kelurahan,
        @Schema(description = "The district") Named kecamatan,
        @Schema(description = "The regency (kabupaten or kota)") Named kota,
        @Schema(description = "The province") Named provinsi,
        @Schema(description = "The levels (kota, kecamatan, kelurahan; coarsest first) whose polygons do not contain "
                + "the point and that are filled with the nearest region of the level within the region above; "
                + "empty when every answered level contains the point, and for match=nearest")
        List<String> inferred,
        @Schema(description = "The island whose point lies nearest within 2 km; absent when none does")
        @JsonbNillable(false) Island pulau) {

    @JsonbPropertyOrder({"code", "name", "postalCode"})
    public record Village(@Schema(example = "3510012001") String code, @Schema(example = "SARONGAN") String name,
                          @Schema(example = "68488") @JsonbNillable
                          @JsonbProperty("postal_code") String postalCode) {
    }

    public record Named(@Schema(example = "3510") String code,
                        @Schema(example = "KABUPATEN BANYUWANGI") String name) {
    }

    /**
     * Marked not nillable on the type as well: Yasson leaves a null property of a record type in the output despite
     * the component's annotation unless the type carries it too.
     */
    @JsonbNillable(false)
    @JsonbPropertyOrder({"code", "name", "distanceMetres"})
    public record Island(@Schema(example = "351040038") String code, @Schema(example = "PULAU MBAH RESEK") String name,
                         @Schema(example = "3") @JsonbProperty("distance_m")
                         long distanceMetres) {
    }
}
