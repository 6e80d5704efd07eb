package id.wilayah.api.odoo.view;

import id.wilayah.domain.region.Regency;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "provinceCode"})
public record KotaItem(String code, String name, @JsonbProperty("province_code") String provinceCode) {
    public static KotaItem of(Regency regency) {
        return new KotaItem(regency.code(), regency.name(), regency.provinceCode());
    }
}
