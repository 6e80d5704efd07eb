package id.wilayah.api.odoo.view;

import id.wilayah.domain.region.Region;

/** A reference to a parent region: {@code {"code","name"}}. */
public record CodeName(String code, String name) {
    static CodeName of(Region region) {
        return new CodeName(region.code(), region.name());
    }
}
