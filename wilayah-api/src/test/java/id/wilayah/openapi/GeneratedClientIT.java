package id.wilayah.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.client.ApiClient;
import id.wilayah.client.ApiException;
import id.wilayah.client.api.AddressResolutionApi;
import id.wilayah.client.api.CrosswalkApi;
import id.wilayah.client.api.EditionsApi;
import id.wilayah.client.api.GeographyApi;
import id.wilayah.client.api.HistoryApi;
import id.wilayah.client.api.IslandsApi;
import id.wilayah.client.api.NativeRegionsApi;
import id.wilayah.client.api.NikApi;
import id.wilayah.client.api.WilayahNusantaraApi;
import id.wilayah.client.model.CrosswalkAnswer;
import id.wilayah.client.model.EditionItem;
import id.wilayah.client.model.HistoryItem;
import id.wilayah.client.model.KecamatanItem;
import id.wilayah.client.model.KelurahanDetail;
import id.wilayah.client.model.KelurahanItem;
import id.wilayah.client.model.KodeposItem;
import id.wilayah.client.model.KotaDetail;
import id.wilayah.client.model.Meta;
import id.wilayah.client.model.NearbyItem;
import id.wilayah.client.model.NikDecoded;
import id.wilayah.client.model.ProvinsiItem;
import id.wilayah.client.model.PulauDetail;
import id.wilayah.client.model.PulauItem;
import id.wilayah.client.model.ResolveAnswer;
import id.wilayah.client.model.ReverseAnswer;
import id.wilayah.client.model.SearchGroups;
import id.wilayah.testsupport.DeployedWar;
import id.wilayah.testsupport.SeedEdition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client an integrator generates from /openapi (generated at build time from the committed document) calls
 * every read operation and gets typed answers: the document's operations, parameters and schemas are the ones the
 * server serves under, with the wire's names.
 */
class GeneratedClientIT extends DeployedWar {
    private static final String BPS = "bps-seed-client";
    private static SeedEdition bps;
    private ApiClient client;

    @BeforeEach
    void connect() throws InterruptedException {
        String key = server.initialApiKey();
        client = new ApiClient();
        client.updateBaseUri(server.base().toString());
        client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        if (bps == null) {
            bps = SeedEdition.bpsKertasari(BPS).awaitServedBy(server, key);
        }
    }

    @AfterAll
    static void removeSeed() {
        if (bps != null) {
            bps.close();
            bps = null;
        }
    }

    @Test
    void listsAndDetailsOfTheRegions() throws ApiException {
        NativeRegionsApi regions = new NativeRegionsApi(client);
        List<ProvinsiItem> provinces = regions.getApiProvinsi(null, null, null, null, null, null);
        assertEquals(38, provinces.size());
        assertEquals("JAWA BARAT", regions.getApiProvinsiByCode("32", null, null, null).getName());
        KotaDetail bandung = regions.getApiKotaByCode("3204", null, null, null);
        assertEquals("KABUPATEN BANDUNG", bandung.getName());
        assertEquals("32", bandung.getProvince().getCode());
        assertTrue(regions.getApiKota("32", null, null, null, null, null, null).stream()
                .allMatch(kota -> kota.getProvinceCode().equals("32")));
        List<KecamatanItem> districts = regions.getApiKecamatan("3204", null, null, null, null, null, null);
        assertTrue(districts.stream().anyMatch(district -> district.getName().equals("KERTASARI")
                && district.getCityCode().equals("3204")), districts::toString);
        List<KelurahanItem> villages = regions.getApiKelurahan("320431", null, "1", "5", null, null, null);
        assertEquals(5, villages.size());
        assertTrue(villages.stream().allMatch(village -> village.getDistrictCode().equals("320431")
                && village.getPostalCode().matches("\\d{5}")), villages::toString);
        KelurahanDetail neglawangi = regions.getApiKelurahanByCode("3204312005", null, null, null);
        assertEquals("KERTASARI", neglawangi.getSubDistrict().getName());
        assertEquals("40386", neglawangi.getPostalCode());
        List<KodeposItem> byPostalCode = regions.villages("40386", null, null, null);
        assertTrue(byPostalCode.stream().anyMatch(village -> village.getCode().equals("3204312005")
                && village.getKota().getCode().equals("3204")), byPostalCode::toString);
        List<SearchGroups> search = regions.search("bandung", null, null, null, null, null);
        assertTrue(search.get(0).getKota().stream().anyMatch(kota -> kota.getName().equals("KABUPATEN BANDUNG")));
        assertEquals("read", regions.whoAmI().getScope());
    }

    @Test
    void editionsMetaNikAndHistory() throws ApiException {
        List<EditionItem> editions = new EditionsApi(client).getApiEditions();
        EditionItem active = editions.stream().filter(EditionItem::getActive).findFirst().orElseThrow();
        assertEquals("kemendagri-2025", active.getName());
        assertEquals(83762, active.getCounts().getKelurahan().intValue());
        assertNotNull(active.getActivatedAt());
        Meta meta = new EditionsApi(client).meta(null, null, null);
        assertEquals(7285, meta.getCounts().getKecamatan().intValue());
        NikDecoded nik = new NikApi(client).decode("3204310501900001", null, null, null);
        assertEquals(LocalDate.of(1990, 1, 5), nik.getBirthDate());
        assertEquals("KERTASARI", nik.getDistrict().getName());
        List<HistoryItem> history = new HistoryApi(client).getApiByLevelByCodeHistory("kota", "3204", null, null,
                null);
        assertEquals("3204", history.get(history.size() - 1).getCode());
    }

    @Test
    void crosswalkFromABpsEdition() throws ApiException {
        CrosswalkAnswer kertasari = new CrosswalkApi(client).one("3204050", BPS, null);
        assertEquals("kecamatan", kertasari.getLevel());
        assertEquals(BPS, kertasari.getFrom().getEdition());
        assertEquals("320431", kertasari.getTo().get(0).getCode());
        assertEquals(1.0, kertasari.getTo().get(0).getConfidence().doubleValue());
    }

    @Test
    void geographyIslandsAndAddresses() throws ApiException {
        GeographyApi geography = new GeographyApi(client);
        ReverseAnswer pin = geography.reverse("-6.9147", "107.6098", null, null, null, null);
        assertEquals("3273", pin.getKota().getCode());
        assertEquals("32", pin.getProvinsi().getCode());
        List<NearbyItem> nearby = geography.nearby("-6.9147", "107.6098", "kecamatan", null, "3", null, null, null);
        assertEquals(3, nearby.size());
        assertTrue(nearby.get(0).getDistanceM() <= nearby.get(2).getDistanceM(), nearby::toString);
        IslandsApi islands = new IslandsApi(client);
        List<PulauItem> outermost = islands.getApiPulau(null, null, null, "true", null, "5", null, null, null);
        assertFalse(outermost.isEmpty());
        assertTrue(outermost.stream().allMatch(PulauItem::getOutermost));
        PulauDetail first = islands.getApiPulauByCode(outermost.get(0).getCode(), null, null, null);
        assertEquals(outermost.get(0).getName(), first.getName());
        ResolveAnswer resolved = new AddressResolutionApi(client)
                .resolve("Desa Neglawangi, Kec. Kertasari, Kab. Bandung 40386", null, null, null, null);
        assertEquals("3204312005", resolved.getCandidates().get(0).getKelurahan().getCode());
    }

    /**
     * The items of the replaced API. Its lists are not called here: a list answers a page, or with code= the bare
     * item or null, and the generator's oneOf reader accepts either shape for both.
     */
    @Test
    void theReplacedApisShapes() throws ApiException {
        WilayahNusantaraApi nusantara = new WilayahNusantaraApi(client);
        assertEquals("BANTEN", nusantara.getNusantaraProvinsiByCode("36", null, null, null).getProvince());
        assertEquals("Kabupaten", nusantara.getNusantaraKabupatenByCode("3602", null, null, null).getType());
        assertEquals("3674", nusantara.getNusantaraKecamatanByCode("367401", null, null, null).getRegency());
        assertEquals("320431", nusantara.getNusantaraKelurahanByCode("3204312005", null, null, null).getDistrict());
    }
}
