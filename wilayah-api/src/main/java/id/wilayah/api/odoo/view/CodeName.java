package id.wilayah.api.odoo.view;

import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.Region;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A reference to a parent region: {@code {"code","name"}}. */
@JsonbPropertyOrder({"code", "name", "untranslated"})
public record CodeName(String code, String name, @JsonbNillable(false) List<String> untranslated) {
    static CodeName of(Region region, SnapshotCodes codes) {
        return new CodeName(region.code(), region.name(), Untranslated.of(codes, region, null));
    }
}
