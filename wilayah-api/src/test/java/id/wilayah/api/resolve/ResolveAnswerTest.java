package id.wilayah.api.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.api.http.json.JsonConfiguration;
import id.wilayah.domain.readmodel.RegionSnapshot;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolveAnswerTest {
    private static JsonObject json(RegionSnapshot snapshot, String text, int limit) {
        ResolveAnswer answer = ResolveAnswer.of(snapshot.resolver().resolve(text, limit), snapshot.codes());
        return Json.createReader(new StringReader(JsonConfiguration.JSONB.toJson(answer))).readObject();
    }

    @Test
    void aShippingLabelIsAnsweredInTheContractsShape() {
        JsonObject answer = json(ResolveFixture.kemendagri(), ResolveFixture.LABEL, 5);

        assertEquals(List.of("query", "candidates", "rest"), List.copyOf(answer.keySet()));
        assertEquals(ResolveFixture.LABEL, answer.getString("query"));
        assertEquals("Jl. Raya Kertasari No. 12", answer.getString("rest"));
        JsonObject best = answer.getJsonArray("candidates").getJsonObject(0);
        assertEquals(List.of("kelurahan", "kecamatan", "kota", "provinsi", "confidence", "matched", "notes"),
                List.copyOf(best.keySet()));
        assertEquals("{\"code\":\"3204312005\",\"name\":\"NEGLAWANGI\",\"postal_code\":\"40386\"}",
                best.getJsonObject("kelurahan").toString());
        assertEquals("{\"code\":\"320431\",\"name\":\"KERTASARI\"}", best.getJsonObject("kecamatan").toString());
        assertEquals("{\"code\":\"3204\",\"name\":\"KABUPATEN BANDUNG\"}", best.getJsonObject("kota").toString());
        assertEquals("{\"code\":\"32\",\"name\":\"JAWA BARAT\"}", best.getJsonObject("provinsi").toString());
        assertEquals("{\"kelurahan\":\"Desa Neglawangi\",\"kecamatan\":\"Kec. Kertasari\",\"kota\":\"Kab. Bandung\","
                + "\"provinsi\":\"Jawa Barat\",\"postal_code\":\"40386\"}", best.getJsonObject("matched").toString());
        assertTrue(best.getJsonNumber("confidence").doubleValue() >= 0.9);
        assertEquals(0, best.getJsonArray("notes").size());
    }

    @Test
    void aCandidateStoppingAboveTheVillageHasANullKelurahanAndNullQuotes() {
        JsonObject best = json(ResolveFixture.kemendagri(), "Kec. Kertasari, Kab. Bandung", 5)
                .getJsonArray("candidates").getJsonObject(0);

        assertTrue(best.isNull("kelurahan"));
        assertEquals("320431", best.getJsonObject("kecamatan").getString("code"));
        assertTrue(best.getJsonObject("matched").isNull("kelurahan"));
        assertTrue(best.getJsonObject("matched").isNull("postal_code"));
    }

    @Test
    void aNameFittingSeveralVillagesListsThemAllBelowCertainty() {
        List<JsonObject> candidates = json(ResolveFixture.kemendagri(), "Sukapura, Kertasari, Kab. Bandung", 5)
                .getJsonArray("candidates").getValuesAs(JsonObject.class);

        assertEquals(List.of("3204312007", "3204312008"), candidates.stream()
                .map(candidate -> candidate.getJsonObject("kelurahan").getString("code")).sorted().toList());
        assertTrue(candidates.get(0).getJsonObject("kelurahan").isNull("postal_code"));
        assertTrue(candidates.stream().allMatch(candidate -> candidate.getJsonNumber("confidence").doubleValue()
                < 0.9));
        assertEquals(1, json(ResolveFixture.kemendagri(), "Sukapura, Kertasari, Kab. Bandung", 1)
                .getJsonArray("candidates").size());
    }

    @Test
    void nothingRecognisedIsAnEmptyListWithTheWholeTextAsRest() {
        JsonObject answer = json(ResolveFixture.kemendagri(), "Jl. Merdeka No. 5", 5);

        assertEquals(0, answer.getJsonArray("candidates").size());
        assertEquals("Jl. Merdeka No. 5", answer.getString("rest"));
    }

    @Test
    void bpsCodesAreAnsweredAndACodeKeptForWantOfACounterpartIsMarked() {
        RegionSnapshot bps = ResolveFixture.bps();
        JsonObject neglawangi = json(bps, ResolveFixture.LABEL, 1).getJsonArray("candidates").getJsonObject(0);
        assertEquals("{\"code\":\"3204050001\",\"name\":\"NEGLAWANGI\",\"postal_code\":\"40386\"}",
                neglawangi.getJsonObject("kelurahan").toString());
        assertEquals("3204050", neglawangi.getJsonObject("kecamatan").getString("code"));

        JsonObject cibeureum = json(bps, "Desa Cibeureum, Kec. Kertasari, Kab. Bandung", 1)
                .getJsonArray("candidates").getJsonObject(0);
        assertEquals("{\"code\":\"3204312006\",\"name\":\"CIBEUREUM\",\"postal_code\":\"40386\","
                + "\"untranslated\":[\"code\"]}", cibeureum.getJsonObject("kelurahan").toString());
        assertFalse(cibeureum.getJsonObject("kecamatan").containsKey("untranslated"));
    }
}
