package id.wilayah.api.editions;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The edition answering this request (the active one unless pinned) and its counts. */
@JsonbPropertyOrder({"edition", "codeSystem", "active", "activeEdition", "counts", "nameCase"})
public record Meta(String edition, @JsonbProperty("code_system") String codeSystem, boolean active,
                   @JsonbProperty("active_edition") String activeEdition, Counts counts,
                   @JsonbProperty("name_case") String nameCase) {
}
