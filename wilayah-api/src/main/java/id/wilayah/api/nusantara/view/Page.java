package id.wilayah.api.nusantara.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A list answer of wilayah-nusantara: {@code {"data":[…],"meta":{"limit":10,"page":1,"total":12}}}. */
@JsonbPropertyOrder({"data", "meta"})
public record Page<T>(List<T> data, PageMeta meta) {
}
