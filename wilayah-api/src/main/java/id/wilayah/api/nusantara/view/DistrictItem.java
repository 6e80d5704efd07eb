package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.District;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "regency", "district"})
public record DistrictItem(String code, String regency, String district) {
    public static DistrictItem of(District district) {
        return new DistrictItem(district.code(), district.regencyCode(), district.name());
    }
}
