package id.wilayah.api.nusantara.view;

import id.wilayah.domain.region.District;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonbPropertyOrder({"code", "regency", "district"})
public record DistrictItem(String code, String regency, String district) {
    public static DistrictItem of(District district) {
        return new DistrictItem(district.code(), district.regencyCode(), district.name());
    }

    /** A list answer as the document shows it: a {@link Page} of these, named for the client generators. */
    @Schema(name = "DistrictPage")
    public record Listed(List<DistrictItem> data, PageMeta meta) {
    }
}
