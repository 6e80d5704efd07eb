package id.wilayah.api.odoo.view.detail;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "postalCode", "subDistrict", "city", "province", "lat", "lng", "untranslated"})
public record KelurahanDetail(String code, String name, @JsonbNillable @JsonbProperty("postal_code") String postalCode,
                              @JsonbProperty("sub_district") CodeName subDistrict, CodeName city,
                              CodeName province, @JsonbNillable(false) Double lat,
                              @JsonbNillable(false) Double lng, @JsonbNillable(false) List<String> untranslated) {
}
