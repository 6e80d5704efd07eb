package id.wilayah.api.odoo.view;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "province", "lat", "lng"})
public record KotaDetail(String code, String name, CodeName province,
        @JsonbNillable(false) Double lat, @JsonbNillable(false) Double lng) {
}
