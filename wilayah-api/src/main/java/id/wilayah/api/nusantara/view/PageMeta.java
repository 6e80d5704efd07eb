package id.wilayah.api.nusantara.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"limit", "page", "total"})
public record PageMeta(int limit, int page, int total) {
}
