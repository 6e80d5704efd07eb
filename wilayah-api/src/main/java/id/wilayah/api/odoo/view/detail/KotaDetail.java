package id.wilayah.api.odoo.view.detail;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "province", "lat", "lng", "untranslated"})
public record KotaDetail(String code, String name, CodeName province,
        @JsonbNillable(false) Double lat, @JsonbNillable(false) Double lng,
        @JsonbNillable(false) List<String> untranslated) {
}
