package id.wilayah.api.odoo.view;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "city", "province", "lat", "lng"})
public record KecamatanDetail(String code, String name, CodeName city, CodeName province,
        @JsonbNillable(false) Double lat, @JsonbNillable(false) Double lng) {
}
