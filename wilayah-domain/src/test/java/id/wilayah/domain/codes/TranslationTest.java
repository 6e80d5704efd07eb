package id.wilayah.domain.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.TestEdition;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Kemendagri edition in BPS codes: CONTRACT §4's examples, and the regions without a BPS counterpart. */
class TranslationTest {
    private static final RegionSnapshot BPS = new TestEdition("bps").region("11", null, "ACEH")
            .region("1101", "11", "KABUPATEN SIMEULUE")
            .region("32", null, "JAWA BARAT").region("3204", "32", "KABUPATEN BANDUNG")
            .region("3204050", "3204", "KERTASARI")
            .region("3204050001", "3204050", "NEGLAWANGI").snapshot();
    private static final RegionSnapshot KEMENDAGRI = new TestEdition("kemendagri").region("11", null, "Aceh")
            .region("1101", "11", "Kabupaten Aceh Selatan")
            .region("1109", "11", "Kabupaten Simeulue")
            .region("110101", "1101", "Bakongan")
            .region("32", null, "Jawa Barat").region("3204", "32", "Kabupaten Bandung")
            .region("320431", "3204", "Kertasari")
            .region("3204312005", "320431", "Neglawangi")
            .region("3204312006", "320431", "Cibeureum").snapshot();
    private static final RegionSnapshot IN_BPS = Translation.of(KEMENDAGRI,
            CodeMap.of(Crosswalk.between(BPS, KEMENDAGRI), BPS), "BPS");

    @Test
    void bpsCodesFindTheRegionsTheyNameWithTheDataOfTheKemendagriEdition() {
        District kertasari = IN_BPS.districts().find("3204050").orElseThrow();
        assertEquals("Kertasari", kertasari.name());
        assertEquals("3204", kertasari.regencyCode());
        Village neglawangi = IN_BPS.villages().find("3204050001").orElseThrow();
        assertEquals("3204050", neglawangi.districtCode());
        assertEquals("Kabupaten Simeulue", IN_BPS.regencies().find("1101").orElseThrow().name());
        assertTrue(IN_BPS.districts().find("320431").isEmpty(), "a Kemendagri code with a BPS counterpart is gone");
        assertEquals("BPS", IN_BPS.codes().system());
        assertSame(KEMENDAGRI, IN_BPS.own());
    }

    @Test
    void aRegionWithoutCounterpartKeepsItsCodeMarkedButIsNeverFoundByAnotherRegionsBpsCode() {
        Regency acehSelatan = IN_BPS.regencies().all().stream().filter(r -> r.name().equals("Kabupaten Aceh Selatan"))
                .findFirst().orElseThrow();
        assertEquals("1101", acehSelatan.code());
        assertTrue(IN_BPS.codes().codeKept(acehSelatan));
        assertFalse(IN_BPS.codes().codeKept(IN_BPS.regencies().find("1101").orElseThrow()));
        assertEquals(List.of("Kabupaten Simeulue"), IN_BPS.regencies().list("11", null).stream()
                .filter(r -> !IN_BPS.codes().codeKept(r)).map(Region::name).toList());
        assertTrue(IN_BPS.districts().list("1101", null).isEmpty(),
                "Bakongan's parent code 1101 is ACEH SELATAN's own, which means SIMEULUE in BPS codes");
        District bakongan = IN_BPS.districts().find("110101").orElseThrow();
        assertTrue(IN_BPS.codes().codeKept(bakongan));
        assertTrue(IN_BPS.codes().parentCodeKept(bakongan));
    }

    @Test
    void aKeptCodeThatIsNoBpsCodeIsFoundAndListedUnderItsTranslatedParent() {
        Village cibeureum = IN_BPS.villages().find("3204312006").orElseThrow();
        assertEquals("3204050", cibeureum.districtCode());
        assertTrue(IN_BPS.codes().codeKept(cibeureum));
        assertFalse(IN_BPS.codes().parentCodeKept(cibeureum));
        assertEquals(List.of("3204050001", "3204312006"),
                IN_BPS.villages().list("3204050", null).stream().map(Village::code).toList());
    }

    @Test
    void eachRegionIsFoundByItsOwnCodeAndKnowsIt() {
        District kertasari = IN_BPS.<District>fromOwnCode(Level.DISTRICT, "320431").orElseThrow();
        assertEquals("3204050", kertasari.code());
        assertEquals("320431", IN_BPS.codes().ownCode(kertasari));
        Regency acehSelatan = IN_BPS.<Regency>fromOwnCode(Level.REGENCY, "1101").orElseThrow();
        assertEquals("Kabupaten Aceh Selatan", acehSelatan.name());
        assertEquals("1101", IN_BPS.codes().ownCode(acehSelatan));
    }

    @Test
    void anAddressIsReadWithTheEditionsOwnNamesAndAnsweredInBpsCodes() {
        AddressCandidate best = IN_BPS.resolver().resolve("Desa Neglawangi, Kec. Kertasari, Kab. Bandung", 1)
                .candidates().get(0);
        assertEquals("3204050001", best.village().code());
        assertEquals("3204050", best.district().code());
        assertEquals("Neglawangi", best.village().name());

        RegionSnapshot renamedLater = KEMENDAGRI.withFormerNames(List.of(
                new FormerName(Level.VILLAGE, "3204312005", "Cikembang Hilir", "kemendagri-2023")));
        AddressCandidate byFormerName = IN_BPS.translating(renamedLater).resolver()
                .resolve("Desa Cikembang Hilir, Kec. Kertasari, Kab. Bandung", 1).candidates().get(0);
        assertEquals("3204050001", byFormerName.village().code());
    }
}
