package id.wilayah.api.odoo.view;

import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.Regency;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "provinceCode", "untranslated"})
public record KotaItem(String code, String name, @JsonbProperty("province_code") String provinceCode,
                       @JsonbNillable(false) List<String> untranslated) {
    public static KotaItem of(SnapshotCodes codes, Regency regency) {
        return new KotaItem(regency.code(), regency.name(), regency.provinceCode(),
                Untranslated.of(codes, regency, "province_code"));
    }
}
