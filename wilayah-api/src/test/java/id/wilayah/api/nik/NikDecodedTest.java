package id.wilayah.api.nik;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.api.http.json.JsonConfiguration;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.nik.Nik;
import id.wilayah.domain.nik.NikLineage;
import id.wilayah.domain.nik.NikRegion;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NikDecodedTest {
    private static final Nik NIK = Nik.parse("9201044501900001", LocalDate.of(2026, 11, 30));
    private static final NikRegion BERAUR = new NikRegion(new Province("96", "PAPUA BARAT DAYA", "PAPUA BARAT DAYA"),
            new Regency("9601", "96", "KABUPATEN SORONG", "KABUPATEN", "KABUPATEN SORONG"),
            new District("960102", "9601", "BERAUR", "BERAUR"), "kemendagri-2025", true, null);

    @Test
    void anAnswerWithoutLineageHasANullResolvedViaAfterTheFieldsItHadBefore() {
        String json = JsonConfiguration.JSONB.toJson(NikDecoded.of(NIK, BERAUR));
        assertTrue(json.endsWith("\"region_edition\":\"kemendagri-2025\",\"region_current\":true,"
                + "\"resolved_via\":null}"), json);
    }

    @Test
    void aResolvedAnswerNamesTheEditionTheOldCodeAndTheLink() {
        NikRegion resolved = new NikRegion(BERAUR.province(), BERAUR.regency(), BERAUR.district(), "kemendagri-2025",
                true, new NikLineage("kemendagri-2023", "920104", "BERAUR", MatchKind.EXACT_NAME, 1.0));
        String json = JsonConfiguration.JSONB.toJson(NikDecoded.of(NIK, resolved));
        assertTrue(json.endsWith(",\"resolved_via\":{\"edition\":\"kemendagri-2023\",\"code\":\"920104\","
                + "\"name\":\"BERAUR\",\"match\":\"exact-name\",\"confidence\":1.0}}"), json);
    }
}
