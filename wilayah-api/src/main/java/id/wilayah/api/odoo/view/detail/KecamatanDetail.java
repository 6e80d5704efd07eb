package id.wilayah.api.odoo.view.detail;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "city", "province", "lat", "lng", "untranslated"})
public record KecamatanDetail(String code, String name, CodeName city, CodeName province,
        @JsonbNillable(false) Double lat, @JsonbNillable(false) Double lng,
        @JsonbNillable(false) List<String> untranslated) {
}
