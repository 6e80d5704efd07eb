package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.Regency;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;

@JsonbPropertyOrder({"code", "province", "regency"})
public record RegencyItem(String code, String province, String regency) {
    private static final String ABBREVIATED_KABUPATEN = "KAB. ";

    public static RegencyItem of(Regency regency) {
        return new RegencyItem(regency.code(), regency.provinceCode(), withType(regency));
    }

    /** wilayah-nusantara always named the type ("KABUPATEN LEBAK"); some editions abbreviate it or leave it out. */
    private static String withType(Regency regency) {
        String name = regency.name();
        String upper = regency.searchKey();
        if (upper.startsWith(ABBREVIATED_KABUPATEN)) {
            String kabupaten = name.equals(upper) ? "KABUPATEN " : "Kabupaten ";
            return kabupaten + name.substring(ABBREVIATED_KABUPATEN.length()).strip();
        }
        if (regency.type() == null || upper.startsWith(regency.type().toUpperCase(Locale.ROOT) + " ")) {
            return name;
        }
        String type = name.equals(upper) ? regency.type().toUpperCase(Locale.ROOT)
                : regency.type().charAt(0) + regency.type().substring(1).toLowerCase(Locale.ROOT);
        return type + " " + name;
    }
}
