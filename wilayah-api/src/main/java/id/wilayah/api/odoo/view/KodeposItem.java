package id.wilayah.api.odoo.view;

import id.wilayah.api.odoo.view.detail.CodeName;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

@JsonbPropertyOrder({"code", "name", "postalCode", "kecamatan", "kota", "provinsi", "untranslated"})
public record KodeposItem(String code, String name, @JsonbNillable @JsonbProperty("postal_code") String postalCode,
                          CodeName kecamatan, CodeName kota, CodeName provinsi,
                          @JsonbNillable(false) List<String> untranslated) {
}
