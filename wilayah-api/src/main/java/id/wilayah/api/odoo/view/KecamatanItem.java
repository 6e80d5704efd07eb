package id.wilayah.api.odoo.view;

import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.District;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "cityCode", "untranslated"})
public record KecamatanItem(String code, String name, @JsonbProperty("city_code") String cityCode,
                            @JsonbNillable(false) List<String> untranslated) {
    public static KecamatanItem of(SnapshotCodes codes, District district) {
        return new KecamatanItem(district.code(), district.name(), district.regencyCode(),
                Untranslated.of(codes, district, "city_code"));
    }
}
