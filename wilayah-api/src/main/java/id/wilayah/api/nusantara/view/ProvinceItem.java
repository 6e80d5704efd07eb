package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.Province;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonbPropertyOrder({"code", "province"})
public record ProvinceItem(String code, String province) {
    public static ProvinceItem of(Province province) {
        return new ProvinceItem(province.code(), province.name());
    }

    /** A list answer as the document shows it: a {@link Page} of these, named for the client generators. */
    @Schema(name = "ProvincePage")
    public record Listed(List<ProvinceItem> data, PageMeta meta) {
    }
}
