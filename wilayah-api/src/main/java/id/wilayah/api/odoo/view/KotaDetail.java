package id.wilayah.api.odoo.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "name", "province"})
public record KotaDetail(String code, String name, CodeName province) {
}
