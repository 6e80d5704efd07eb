package id.wilayah.api.odoo.view;

import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.Province;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "untranslated"})
public record ProvinsiItem(String code, String name, @JsonbNillable(false) List<String> untranslated) {
    public static ProvinsiItem of(SnapshotCodes codes, Province province) {
        return new ProvinsiItem(province.code(), province.name(), Untranslated.of(codes, province, null));
    }
}
