package id.wilayah.api.odoo.view;

import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.Village;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "postalCode", "districtCode", "untranslated"})
public record KelurahanItem(String code, String name, @JsonbNillable @JsonbProperty("postal_code") String postalCode,
                            @JsonbProperty("district_code") String districtCode,
                            @JsonbNillable(false) List<String> untranslated) {
    public static KelurahanItem of(SnapshotCodes codes, Village village) {
        return new KelurahanItem(village.code(), village.name(), village.postalCode(), village.districtCode(),
                Untranslated.of(codes, village, "district_code"));
    }
}
