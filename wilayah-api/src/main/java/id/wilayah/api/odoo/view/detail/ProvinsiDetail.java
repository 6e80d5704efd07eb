package id.wilayah.api.odoo.view.detail;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A province with its interior point when the edition has its boundary. */
@JsonbPropertyOrder({"code", "name", "lat", "lng", "untranslated"})
public record ProvinsiDetail(String code, String name, @JsonbNillable(false) Double lat,
                             @JsonbNillable(false) Double lng, @JsonbNillable(false) List<String> untranslated) {
}
