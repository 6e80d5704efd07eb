package id.wilayah.domain.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.readmodel.RegionSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrosswalkMatcherTest {

    @Test
    void aCodeTheOtherEditionGivesAnotherRegionIsMatchedByName() {
        Crosswalk crosswalk = Crosswalk.between(
                new TestEdition("bps").region("11", null, "ACEH")
                        .region("1101", "11", "KABUPATEN SIMEULUE")
                        .region("1102", "11", "KABUPATEN ACEH SINGKIL").snapshot(),
                new TestEdition("kemendagri").region("11", null, "Aceh")
                        .region("1101", "11", "Kabupaten Aceh Selatan")
                        .region("1109", "11", "Kabupaten Simeulue")
                        .region("1110", "11", "Kabupaten Aceh Singkil").snapshot());
        assertEquals(List.of("11 same-code 1.0"), links(crosswalk, "11"));
        assertEquals(List.of("1109 exact-name 1.0"), links(crosswalk, "1101"));
        assertEquals(List.of("1110 exact-name 1.0"), links(crosswalk, "1102"));
    }

    @Test
    void aProvinceSplitIsFoundByItsRegenciesAndTheirChildrenFollowThem() {
        Crosswalk crosswalk = Crosswalk.between(
                new TestEdition("bps").region("94", null, "PAPUA")
                        .region("9401", "94", "KABUPATEN MERAUKE")
                        .region("9413", "94", "KABUPATEN BOVEN DIGOEL")
                        .region("9414", "94", "KABUPATEN MAPPI")
                        .region("9403", "94", "KABUPATEN JAYAPURA")
                        .region("9401010", "9401", "MERAUKE").snapshot(),
                new TestEdition("kemendagri").region("91", null, "Papua")
                        .region("93", null, "Papua Selatan")
                        .region("9103", "91", "Kabupaten Jayapura")
                        .region("9301", "93", "Kabupaten Merauke")
                        .region("9302", "93", "Kabupaten Boven Digoel")
                        .region("9303", "93", "Kabupaten Mappi")
                        .region("930101", "9301", "Merauke").snapshot());
        assertEquals(List.of("91 exact-name 1.0", "93 split 0.9"), links(crosswalk, "94"));
        assertEquals(List.of("9302 exact-name 1.0"), links(crosswalk, "9413"));
        assertEquals(List.of("930101 exact-name 1.0"), links(crosswalk, "9401010"));
    }

    @Test
    void aNewDistrictIsASplitOfTheDistrictItsVillagesCameFrom() {
        Crosswalk crosswalk = Crosswalk.between(
                new TestEdition("2023").region("32", null, "JAWA BARAT").region("3204", "32", "KAB. BANDUNG")
                        .region("320401", "3204", "Cimenyan")
                        .region("3204012001", "320401", "Mekarsaluyu")
                        .region("3204012002", "320401", "Mekarmanik")
                        .region("3204012003", "320401", "Sindanglaya")
                        .region("3204012004", "320401", "Cikadut").snapshot(),
                new TestEdition("2025").region("32", null, "Jawa Barat").region("3204", "32", "Kabupaten Bandung")
                        .region("320401", "3204", "Cimenyan")
                        .region("320432", "3204", "Cimenyan Timur")
                        .region("3204012001", "320401", "Mekarsaluyu")
                        .region("3204012002", "320401", "Mekarmanik")
                        .region("3204322001", "320432", "Sindanglaya")
                        .region("3204322002", "320432", "Cikadut").snapshot());
        assertEquals(List.of("320401 same-code 1.0", "320432 split 0.9"), links(crosswalk, "320401"));
        assertEquals(List.of("3204322001 exact-name 1.0"), links(crosswalk, "3204012003"));
    }

    @Test
    void aDissolvedDistrictIsMergedIntoTheDistrictHoldingItsVillages() {
        Crosswalk crosswalk = Crosswalk.between(
                new TestEdition("a").region("73", null, "SULAWESI SELATAN").region("7301", "73", "KAB. SELAYAR")
                        .region("730101", "7301", "Benteng")
                        .region("730102", "7301", "Pasimasunggu Lama")
                        .region("7301022001", "730102", "Kembang Ragi")
                        .region("7301022002", "730102", "Teluk Kolo").snapshot(),
                new TestEdition("b").region("73", null, "Sulawesi Selatan").region("7301", "73", "Kabupaten Selayar")
                        .region("730101", "7301", "Benteng")
                        .region("7301012001", "730101", "Kembang Ragi")
                        .region("7301012002", "730101", "Teluk Kolo").snapshot());
        assertEquals(List.of("730101 merged 0.9"), links(crosswalk, "730102"));
    }

    @Test
    void aMisspeltNameIsMatchedFuzzilyWithItsSimilarityAsConfidence() {
        Crosswalk crosswalk = Crosswalk.between(district("TELAGA LUHUR", "SUKAMAJU"),
                recoded("Talaga Luhur", "Sukamaju"));
        assertEquals(List.of("3604062011 fuzzy-name 0.909"), links(crosswalk, "3604062001"));
    }

    @Test
    void twoEquallyCloseCandidatesLeaveTheNameUnlinked() {
        Crosswalk crosswalk = Crosswalk.between(district("SUKAMAJA"),
                recoded("Sukamaju", "Sukamaja Baru", "Sukamoja"));
        assertEquals(List.of(), links(crosswalk, "3604062001"));
    }

    @Test
    void theLastCandidateIsTakenOnlyWhenTheNamesAreRelated() {
        Crosswalk renamed = Crosswalk.between(district("SURIAN", "BATU"), recoded("Surian Hanyar", "Batu"));
        assertEquals(List.of("3604062011 fuzzy-name 0.6"), links(renamed, "3604062001"));
        Crosswalk unrelated = Crosswalk.between(district("SUKAMAJU", "BATU"), recoded("Bente", "Batu"));
        assertEquals(List.of(), links(unrelated, "3604062001"));
    }

    @Test
    void aNameSharedInsideOneScopeIsPairedInCodeOrderWithLessConfidence() {
        Crosswalk crosswalk = Crosswalk.between(district("SUKAMAJU", "SUKAMAJU"), recoded("Sukamaju", "Suka Maju"));
        assertEquals(List.of("3604062011 exact-name 0.9"), links(crosswalk, "3604062001"));
        assertEquals(List.of("3604062012 exact-name 0.9"), links(crosswalk, "3604062002"));
    }

    /** One district whose villages are named in order, coded 3604062001, 3604062002, … */
    private static RegionSnapshot district(String... villages) {
        return district(0, villages);
    }

    /** As {@link #district(String...)}, the villages coded from 3604062011: no code the first edition uses. */
    private static RegionSnapshot recoded(String... villages) {
        return district(10, villages);
    }

    private static RegionSnapshot district(int codeOffset, String... villages) {
        TestEdition edition = new TestEdition(String.join(",", villages)).region("36", null, "BANTEN")
                .region("3604", "36", "KABUPATEN SERANG").region("360406", "3604", "Cikeusal");
        for (int i = 0; i < villages.length; i++) {
            edition.region(String.valueOf(3604062001L + codeOffset + i), "360406", villages[i]);
        }
        return edition.snapshot();
    }

    private static List<String> links(Crosswalk crosswalk, String code) {
        return crosswalk.linksOf(code).stream()
                .map(link -> link.toCode() + " " + link.kind().label() + " " + link.confidence()).toList();
    }

    /** The 2016 dump has districts whose regency it lacks; they must not stop the matching of the others. */
    @Test
    void childrenOfAParentTheEditionLacksAreNoEvidence() {
        RegionSnapshot from = new TestEdition("kemendagri-2016").region("11", null, "ACEH")
                .region("1101", "11", "KABUPATEN ALPHA").region("110101", "1101", "BAKONGAN")
                .region("110102", "1101", "KLUET UTARA").region("110201", "1102", "TRUMON").snapshot();
        RegionSnapshot to = new TestEdition("kemendagri-2018").region("11", null, "ACEH")
                .region("1109", "11", "KABUPATEN ZUKUNFT").region("110901", "1109", "BAKONGAN")
                .region("110902", "1109", "KLUET UTARA").region("110903", "1109", "TRUMON").snapshot();

        List<CrosswalkLink> links = Crosswalk.between(from, to).linksOf("1101");

        assertEquals(List.of("1109"),
                links.stream().map(CrosswalkLink::toCode).toList());
    }
}
