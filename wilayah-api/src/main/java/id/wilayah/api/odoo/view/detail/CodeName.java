package id.wilayah.api.odoo.view.detail;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A reference to a parent region: {@code {"code","name"}}. */
@JsonbPropertyOrder({"code", "name", "untranslated"})
public record CodeName(String code, String name, @JsonbNillable(false) List<String> untranslated) {
}
