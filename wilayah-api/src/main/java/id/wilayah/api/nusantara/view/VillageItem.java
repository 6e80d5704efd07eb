package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.Village;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonbPropertyOrder({"code", "district", "village", "postalCode"})
public record VillageItem(String code, String district, String village, String postalCode) {
    public static VillageItem of(Village village) {
        return new VillageItem(village.code(), village.districtCode(), village.name(), village.postalCode());
    }

    /** A list answer as the document shows it: a {@link Page} of these, named for the client generators. */
    @Schema(name = "VillagePage")
    public record Listed(List<VillageItem> data, PageMeta meta) {
    }
}
