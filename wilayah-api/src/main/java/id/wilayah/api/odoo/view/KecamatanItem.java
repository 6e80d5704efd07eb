package id.wilayah.api.odoo.view;

import id.wilayah.domain.region.District;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "cityCode"})
public record KecamatanItem(String code, String name, @JsonbProperty("city_code") String cityCode) {
    public static KecamatanItem of(District district) {
        return new KecamatanItem(district.code(), district.name(), district.regencyCode());
    }
}
