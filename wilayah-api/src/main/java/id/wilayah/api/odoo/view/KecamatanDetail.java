package id.wilayah.api.odoo.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "city", "province"})
public record KecamatanDetail(String code, String name, CodeName city, CodeName province) {
}
