package id.wilayah.api.odoo.view;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "postalCode", "subDistrict", "city", "province", "lat", "lng"})
public record KelurahanDetail(String code, String name, @JsonbProperty("postal_code") String postalCode,
                              @JsonbProperty("sub_district") CodeName subDistrict, CodeName city,
                              CodeName province, @JsonbNillable(false) Double lat,
                              @JsonbNillable(false) Double lng) {
}
