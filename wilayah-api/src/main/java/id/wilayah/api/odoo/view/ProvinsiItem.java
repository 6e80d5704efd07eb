package id.wilayah.api.odoo.view;

import id.wilayah.domain.region.Province;

public record ProvinsiItem(String code, String name) {
    public static ProvinsiItem of(Province province) {
        return new ProvinsiItem(province.code(), province.name());
    }
}
