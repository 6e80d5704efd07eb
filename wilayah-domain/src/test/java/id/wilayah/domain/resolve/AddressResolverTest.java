package id.wilayah.domain.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressResolverTest {
    private static final AddressResolver RESOLVER = new AddressResolver(
            List.of(province("32", "JAWA BARAT"), province("31", "DAERAH KHUSUS IBUKOTA JAKARTA"),
                    province("33", "JAWA TENGAH")),
            List.of(regency("3204", "32", "KABUPATEN BANDUNG", "Kabupaten"),
                    regency("3273", "32", "KOTA BANDUNG", "Kota"),
                    regency("3174", "31", "KOTA ADMINISTRASI JAKARTA SELATAN", "Kota"),
                    regency("3328", "33", "KABUPATEN TEGAL", "Kabupaten")),
            List.of(district("320431", "3204", "KERTASARI"), district("320432", "3204", "PACET"),
                    district("327301", "3273", "SUKASARI"), district("317401", "3174", "KEBAYORAN BARU"),
                    district("332801", "3328", "MARGASARI")),
            List.of(village("3204312005", "320431", "NEGLAWANGI", "40386"),
                    village("3204312006", "320431", "CIBEUREUM", "40386"),
                    village("3204312007", "320431", "SUKAPURA", "40386"),
                    village("3204322001", "320432", "SUKAPURA", "40385"),
                    village("3204322002", "320432", "MEKARSARI", "40385"),
                    village("3204322003", "320432", "MEKARSARI", "40385"),
                    village("3273011001", "327301", "SARIJADI", "40151"),
                    village("3174011001", "317401", "SENAYAN", "12190"),
                    village("3174011002", "317401", "MELAWAI", "12160"),
                    village("3328012003", "332801", "DUKUH TENGAH", "52463"),
                    village("3328012004", "332801", "JATILAWANG", "52463")));

    @Test
    void shippingLabelResolvesToTheVillageWithEveryPartQuotedAndTheStreetLeftAsRest() {
        Resolution resolution = RESOLVER.resolve(
                "Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat 40386", 5);
        AddressCandidate best = resolution.candidates().get(0);
        assertEquals("3204312005", best.village().code());
        assertEquals("3204", best.regency().code());
        assertTrue(best.confidence() >= 0.95, "confidence " + best.confidence());
        assertEquals(new MatchedText("Jawa Barat", "Kab. Bandung", "Kec. Kertasari", "Desa Neglawangi", "40386"),
                best.matched());
        assertEquals("40386", best.postalCode());
        assertEquals("Jl. Raya Kertasari No. 12", resolution.rest());
    }

    @Test
    void capitalsWithoutCommasAndWithRtRwResolve() {
        AddressCandidate best = best("JL MERDEKA NO 5 RT 003 RW 002 KEL NEGLAWANGI KEC KERTASARI KAB BANDUNG JAWA BARAT");
        assertEquals("3204312005", best.village().code());
        assertTrue(best.confidence() >= 0.9);
    }

    @Test
    void lowerCaseWithoutPrefixesResolves() {
        assertEquals("3204312005", best("neglawangi kertasari bandung jawa barat").village().code());
    }

    @Test
    void partsInReverseOrderResolve() {
        assertEquals("3204312005", best("Jawa Barat, Kab. Bandung, Kertasari, Neglawangi, Jl. Merdeka 4").village()
                .code());
    }

    @Test
    void villageAndPostalCodeAloneResolve() {
        AddressCandidate best = best("Neglawangi 40386");
        assertEquals("3204312005", best.village().code());
        assertTrue(best.notes().contains("kecamatan not named"));
    }

    @Test
    void aMissingKecamatanLowersTheConfidenceAndIsNoted() {
        AddressCandidate withDistrict = best("Desa Neglawangi, Kec. Kertasari, Kab. Bandung");
        AddressCandidate without = best("Desa Neglawangi, Kab. Bandung");
        assertEquals("3204312005", without.village().code());
        assertTrue(without.confidence() < withDistrict.confidence());
        assertTrue(without.notes().contains("kecamatan not named"));
    }

    @Test
    void aTypoWithinTheEditDistanceStillFindsTheVillageAndIsNoted() {
        AddressCandidate best = best("Desa Neglawagni, Kec. Kertasari, Kab. Bandung, Jawa Barat");
        assertEquals("3204312005", best.village().code());
        assertTrue(best.notes().stream().anyMatch(note -> note.contains("typo")), best.notes().toString());
    }

    @Test
    void jakartaShortNamesResolve() {
        AddressCandidate best = best("Kel. Senayan, Kec. Kebayoran Baru, Jaksel, DKI Jakarta");
        assertEquals("3174011001", best.village().code());
        assertEquals("3174", best.regency().code());
        assertEquals("Jaksel", best.matched().regency());
        assertEquals("DKI Jakarta", best.matched().province());
    }

    @Test
    void kotaAndKabupatenPrefixesTellRegenciesOfOneNameApart() {
        assertEquals("3273", best("Kota Bandung").regency().code());
        assertEquals("3204", best("Kab. Bandung").regency().code());
    }

    @Test
    void aVillageCountsOnlyInsideTheDistrictTheTextNames() {
        AddressCandidate best = best("Desa Sukapura, Kec. Pacet, Kab. Bandung");
        assertEquals("3204322001", best.village().code());
    }

    @Test
    void aStreetNamedLikeAVillageIsRestNotTheVillage() {
        Resolution resolution = RESOLVER.resolve("Jl. Sukapura No. 3, Kec. Pacet, Kab. Bandung", 5);
        assertNull(resolution.candidates().get(0).village());
        assertEquals("320432", resolution.candidates().get(0).district().code());
        assertEquals("Jl. Sukapura No. 3", resolution.rest());
    }

    @Test
    void aNameTwiceInTheNamedDistrictStaysAmbiguousWithBothListedBelowNinety() {
        Resolution resolution = RESOLVER.resolve("Desa Mekarsari, Kec. Pacet, Kab. Bandung", 5);
        List<String> codes = resolution.candidates().stream().filter(c -> c.village() != null)
                .map(c -> c.village().code()).toList();
        assertTrue(codes.containsAll(List.of("3204322002", "3204322003")), codes.toString());
        assertTrue(resolution.candidates().stream().allMatch(c -> c.confidence() < 0.9));
    }

    @Test
    void aConflictingPostalCodeLowersTheConfidenceAndIsNoted() {
        AddressCandidate matching = best("Desa Neglawangi, Kec. Kertasari, Kab. Bandung 40386");
        AddressCandidate conflicting = best("Desa Neglawangi, Kec. Kertasari, Kab. Bandung 12190");
        assertEquals("3204312005", conflicting.village().code());
        assertTrue(conflicting.confidence() < 0.9, "confidence " + conflicting.confidence());
        assertTrue(conflicting.confidence() < matching.confidence());
        assertTrue(conflicting.notes().stream().anyMatch(note -> note.contains("12190")), conflicting.notes()
                .toString());
    }

    @Test
    void aPostalCodeSeparatesVillagesOfOneNameInDifferentDistricts() {
        assertEquals("3204322001", best("Sukapura 40385").village().code());
        assertEquals("3204312007", best("Sukapura 40386").village().code());
    }

    @Test
    void oldSpellingAndMarkerWordsInsideNamesResolve() {
        assertEquals("3328012004", best("Ds. Djatilawang, Kec. Margasari, Kab. Tegal").village().code());
        assertEquals("3328012003", best("Desa Dukuh Tengah, Kec. Margasari, Kab. Tegal").village().code());
    }

    @Test
    void textNamingNoRegionGivesNoCandidatesAndAllOfItAsRest() {
        Resolution resolution = RESOLVER.resolve("Jl. Merdeka No. 5, RT 01/RW 02", 5);
        assertEquals(List.of(), resolution.candidates());
        assertEquals("Jl. Merdeka No. 5, RT 01/RW 02", resolution.rest());
    }

    @Test
    void twoNeighbouringLettersSwappedAreOneTypo() {
        AddressCandidate best = best("Kel. Sneayan, Kec. Kebayoran Baru, Jakarta Selatan");
        assertEquals("3174011001", best.village().code());
        assertTrue(best.notes().contains("'Sneayan' read as SENAYAN (typo)"), best.notes().toString());
    }

    @Test
    void aTypoInANameHoldingAMarkerWordFindsTheWholeNameNotItsFirstWord() {
        AddressResolver silian = new AddressResolver(List.of(province("71", "SULAWESI UTARA")),
                List.of(regency("7107", "71", "KABUPATEN MINAHASA TENGGARA", "Kabupaten")),
                List.of(district("710708", "7107", "SILIAN RAYA")),
                List.of(village("7107082001", "710708", "SILIAN", null),
                        village("7107082009", "710708", "SILIAN KOTA", null)));
        AddressCandidate best = silian.resolve("Desa Silina Kota, Kec. Silian Raya, Kab. Minahasa Tenggara", 5)
                .candidates().get(0);
        assertEquals("7107082009", best.village().code());
    }

    @Test
    void aVillageRenamedSinceAnEarlierEditionIsFoundByItsOldNameWithANote() {
        AddressResolver withHistory = RESOLVER.withFormerNames(List.of(
                new FormerName(Level.VILLAGE, "3204312005", "CIGENTUR LAMA", "kemendagri-2023")));
        String text = "Desa Cigentur Lama, Kec. Kertasari, Kab. Bandung, Jawa Barat";
        assertNull(RESOLVER.resolve(text, 5).candidates().get(0).village());

        AddressCandidate byOldName = withHistory.resolve(text, 5).candidates().get(0);
        AddressCandidate byNewName = withHistory.resolve(text.replace("Cigentur Lama", "Neglawangi"), 5)
                .candidates().get(0);
        assertEquals("3204312005", byOldName.village().code());
        assertEquals("Desa Cigentur Lama", byOldName.matched().village());
        assertTrue(byOldName.notes().contains("named as in kemendagri-2023: CIGENTUR LAMA"),
                byOldName.notes().toString());
        assertTrue(byOldName.confidence() >= 0.9, "confidence " + byOldName.confidence());
        assertTrue(byOldName.confidence() < byNewName.confidence());
        assertEquals(List.of(), byNewName.notes());
    }

    @Test
    void aRegionCalledSoTodayWinsOverOneCalledSoFormerly() {
        AddressResolver withHistory = RESOLVER.withFormerNames(List.of(
                new FormerName(Level.VILLAGE, "3204312005", "CIBEUREUM", "kemendagri-2023")));
        AddressCandidate best = withHistory.resolve("Desa Cibeureum, Kec. Kertasari, Kab. Bandung", 5)
                .candidates().get(0);
        assertEquals("3204312006", best.village().code());
    }

    @Test
    void aRenamedRegencyIsFoundByItsOldNameBehindItsPrefix() {
        AddressResolver withHistory = RESOLVER.withFormerNames(List.of(
                new FormerName(Level.REGENCY, "3328", "KABUPATEN SLAWI", "kemendagri-2023")));
        AddressCandidate best = withHistory.resolve("Desa Jatilawang, Kec. Margasari, Kab. Slawi", 5)
                .candidates().get(0);
        assertEquals("3328012004", best.village().code());
        assertEquals("Kab. Slawi", best.matched().regency());
        assertTrue(best.notes().contains("named as in kemendagri-2023: KABUPATEN SLAWI"), best.notes().toString());
    }

    private static AddressCandidate best(String text) {
        Resolution resolution = RESOLVER.resolve(text, 5);
        assertTrue(!resolution.candidates().isEmpty(), "no candidate for " + text);
        return resolution.candidates().get(0);
    }

    private static Province province(String code, String name) {
        return new Province(code, name, name);
    }

    private static Regency regency(String code, String province, String name, String type) {
        return new Regency(code, province, name, type, name);
    }

    private static District district(String code, String regency, String name) {
        return new District(code, regency, name, name);
    }

    private static Village village(String code, String district, String name, String postalCode) {
        return new Village(code, district, name, "Desa", postalCode, name);
    }
}
