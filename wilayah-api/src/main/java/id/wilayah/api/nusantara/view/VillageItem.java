package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.Village;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "district", "village", "postalCode"})
public record VillageItem(String code, String district, String village, String postalCode) {
    public static VillageItem of(Village village) {
        return new VillageItem(village.code(), village.districtCode(), village.name(), village.postalCode());
    }
}
