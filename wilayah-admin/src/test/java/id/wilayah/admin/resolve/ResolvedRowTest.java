package id.wilayah.admin.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolvedRowTest {
    /** Kertasari and Pacet in Kabupaten Bandung; Pacet has two villages named Mekarsari. */
    static final AddressResolver RESOLVER = new AddressResolver(
            List.of(new Province("32", "JAWA BARAT", "JAWA BARAT")),
            List.of(new Regency("3204", "32", "KABUPATEN BANDUNG", "Kabupaten", "KABUPATEN BANDUNG")),
            List.of(new District("320431", "3204", "KERTASARI", "KERTASARI"),
                    new District("320432", "3204", "PACET", "PACET")),
            List.of(village("3204312005", "320431", "NEGLAWANGI", "40386"),
                    village("3204312006", "320431", "CIBEUREUM", "40386"),
                    village("3204322002", "320432", "MEKARSARI", "40385"),
                    village("3204322003", "320432", "MEKARSARI", "40385")));

    @Test
    void aClearAddressGivesEveryLevelAndIsNotDoubtful() {
        ResolvedRow row = ResolvedRow.of("Jl. Raya No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat"
                + " 40386", RESOLVER);
        assertEquals(new ResolvedRow.Place("32", "JAWA BARAT"), row.province());
        assertEquals(new ResolvedRow.Place("3204", "KABUPATEN BANDUNG"), row.regency());
        assertEquals(new ResolvedRow.Place("320431", "KERTASARI"), row.district());
        assertEquals(new ResolvedRow.Place("3204312005", "NEGLAWANGI"), row.village());
        assertEquals("40386", row.postalCode());
        assertEquals("Jl. Raya No. 12", row.rest());
        assertTrue(row.confidence() >= ResolvedRow.CONFIDENT, "confidence " + row.confidence());
        assertFalse(row.isDoubtful());
    }

    @Test
    void anAmbiguousAddressIsDoubtfulAndNamesTheOtherReading() {
        ResolvedRow row = ResolvedRow.of("Mekarsari, Pacet, Kab. Bandung", RESOLVER);
        assertTrue(row.isDoubtful(), "confidence " + row.confidence());
        assertTrue(List.of("3204322002", "3204322003").contains(row.village().code()), row.toString());
        assertEquals(1, row.others().size(), row.toString());
        assertTrue(row.others().get(0).startsWith("MEKARSARI 320432200"), row.others().get(0));
    }

    @Test
    void nonsenseIsDoubtfulWithoutAnyRegion() {
        ResolvedRow row = ResolvedRow.of("qwxz lorem ipsum 123", RESOLVER);
        assertNull(row.confidence());
        assertNull(row.province());
        assertTrue(row.isDoubtful());
        assertEquals(List.of("no region recognised"), row.notes());
    }

    @Test
    void aLineLongerThanTheApiTakesIsListedUnresolved() {
        ResolvedRow row = ResolvedRow.of("Neglawangi " + "x".repeat(AddressLines.MAX_ADDRESS_CHARS), RESOLVER);
        assertNull(row.village());
        assertEquals(List.of("longer than 500 characters: not resolved"), row.notes());
    }

    static Village village(String code, String district, String name, String postalCode) {
        return new Village(code, district, name, "Desa", postalCode, name);
    }
}
