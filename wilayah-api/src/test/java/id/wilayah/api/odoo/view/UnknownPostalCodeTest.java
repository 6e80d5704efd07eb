package id.wilayah.api.odoo.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.api.http.json.JsonConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A village without a known postal code (673 of them in kemendagri-2023) still carries the key, as null: Odoo clients
 * read {@code item["postal_code"]} and fail on a missing key.
 */
class UnknownPostalCodeTest {
    @Test
    void aVillageItemWithoutPostalCodeWritesItAsNull() {
        assertEquals("{\"code\":\"1702112015\",\"name\":\"X\",\"postal_code\":null,\"district_code\":\"170211\"}",
                JsonConfiguration.JSONB.toJson(new KelurahanItem("1702112015", "X", null, "170211", null)));
    }

    @Test
    void aPostalCodeItemWithoutPostalCodeWritesItAsNull() {
        String json = JsonConfiguration.JSONB.toJson(new KodeposItem("1702112015", "X", null, null, null, null, null));
        assertEquals(true, json.contains("\"postal_code\":null"), json);
    }
}
