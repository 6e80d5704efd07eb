package id.wilayah.api.odoo.view;

import id.wilayah.domain.region.Village;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "postalCode", "districtCode"})
public record KelurahanItem(String code, String name, @JsonbProperty("postal_code") String postalCode,
                            @JsonbProperty("district_code") String districtCode) {
    public static KelurahanItem of(Village village) {
        return new KelurahanItem(village.code(), village.name(), village.postalCode(), village.districtCode());
    }
}
