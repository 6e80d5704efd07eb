package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.Regency;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonbPropertyOrder({"code", "province", "regency", "type"})
public record RegencyItem(String code, String province, String regency, String type) {
    private static final String ABBREVIATED_KABUPATEN = "KAB. ";

    public static RegencyItem of(Regency regency) {
        return new RegencyItem(regency.code(), regency.provinceCode(), withType(regency), typeOf(regency));
    }

    /** Kabupaten or Kota, spelled as wilayah-nusantara did, from the edition's type or else from the name. */
    private static String typeOf(Regency regency) {
        String type = regency.type() != null && !regency.type().isBlank() ? regency.type().strip()
                : regency.searchKey().startsWith("KOTA") ? "Kota" : "Kabupaten";
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1).toLowerCase(Locale.ROOT);
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

    /** A list answer as the document shows it: a {@link Page} of these, named for the client generators. */
    @Schema(name = "RegencyPage")
    public record Listed(List<RegencyItem> data, PageMeta meta) {
    }
}
