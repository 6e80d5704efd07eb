package id.wilayah.api.geo;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A region near a point: its code, name, distance to its interior point, and that point. */
@JsonbPropertyOrder({"code", "name", "distanceMetres", "lat", "lng"})
public record NearbyItem(String code, String name, @JsonbProperty("distance_m") long distanceMetres, double lat,
                         double lng) {
}
