package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.Province;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "province"})
public record ProvinceItem(String code, String province) {
    public static ProvinceItem of(Province province) {
        return new ProvinceItem(province.code(), province.name());
    }
}
