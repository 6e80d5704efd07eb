package id.wilayah.api.odoo.view;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "postalCode", "kecamatan", "kota", "provinsi"})
public record KodeposItem(String code, String name, @JsonbProperty("postal_code") String postalCode,
                          CodeName kecamatan, CodeName kota, CodeName provinsi) {
}
