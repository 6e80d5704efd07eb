package id.wilayah.domain.resolve.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.crosswalk.TestEdition;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An older edition's name reaches today's region only through a confident link between exactly one of each, and only
 * if it is another name, not the same one written with other spaces or punctuation.
 */
class FormerNamesTest {
    private static final RegionSnapshot OLDER = kertasari(new TestEdition("kemendagri-2023"))
            .region("3204312005", "320431", "CIKEMBANG HILIR")
            .region("3204312006", "320431", "CI-BEUREUM")
            .region("3204312007", "320431", "SUKAPURA LAMA")
            .region("3204312009", "320431", "CIPEUNDEUY")
            .region("3204312010", "320431", "CIWIDEY")
            .region("3204312011", "320431", "PANGAUBAN")
            .snapshot();
    private static final RegionSnapshot TODAY = kertasari(new TestEdition("kemendagri-2025"))
            .region("3204312005", "320431", "NEGLAWANGI")
            .region("3204312006", "320431", "CIBEUREUM")
            .region("3204312007", "320431", "SUKAPURA")
            .region("3204312008", "320431", "MEKARSARI")
            .region("3204312009", "320431", "CIWIDEY RAYA")
            .region("3204312011", "320431", "PANGAUBAN BARU")
            .snapshot();
    private static final String ADDRESS = "Desa Cikembang Hilir, Kec. Kertasari, Kab. Bandung, Jawa Barat";

    private static TestEdition kertasari(TestEdition edition) {
        return edition.region("32", null, "JAWA BARAT").region("3204", "32", "KABUPATEN BANDUNG")
                .region("320431", "3204", "KERTASARI");
    }

    @Test
    void onlyAConfidentOneToOneLinkToARegionNamedOtherwiseCarriesItsName() {
        Crosswalk crosswalk = new Crosswalk(OLDER.edition(), TODAY.edition(), List.of(
                link("32", "32", MatchKind.SAME_CODE, 1.0),
                link("3204312005", "3204312005", MatchKind.MANUAL, 1.0),
                link("3204312006", "3204312006", MatchKind.FUZZY_NAME, 0.9),
                link("3204312007", "3204312007", MatchKind.SPLIT, 0.9),
                link("3204312007", "3204312008", MatchKind.SPLIT, 0.9),
                link("3204312009", "3204312009", MatchKind.MERGED, 0.9),
                link("3204312010", "3204312009", MatchKind.MERGED, 0.9),
                link("3204312011", "3204312011", MatchKind.FUZZY_NAME, 0.6)));

        assertEquals(List.of(new FormerName(Level.VILLAGE, "3204312005", "CIKEMBANG HILIR", "kemendagri-2023")),
                FormerNames.of(crosswalk, OLDER, TODAY));
    }

    @Test
    void aRenameConfirmedByAnOverrideResolvesByTheOldNameToTodaysVillageWithANote() {
        Crosswalk crosswalk = Crosswalk.between(OLDER, TODAY).replacing(Map.of("3204312005",
                List.of(CrosswalkLink.manual(Level.VILLAGE, "3204312005", "3204312005"))));
        RegionSnapshot withHistory = TODAY.withFormerNames(FormerNames.of(crosswalk, OLDER, TODAY));

        assertNull(TODAY.resolver().resolve(ADDRESS, 5).candidates().get(0).village());
        AddressCandidate best = withHistory.resolver().resolve(ADDRESS, 5).candidates().get(0);
        assertEquals("3204312005", best.village().code());
        assertEquals("NEGLAWANGI", best.village().name());
        assertTrue(best.notes().contains("named as in kemendagri-2023: CIKEMBANG HILIR"), best.notes().toString());
    }

    private static CrosswalkLink link(String from, String to, MatchKind kind, double confidence) {
        Level level = switch (from.length()) {
            case 2 -> Level.PROVINCE;
            case 4 -> Level.REGENCY;
            case 6 -> Level.DISTRICT;
            default -> Level.VILLAGE;
        };
        return new CrosswalkLink(level, from, to, kind, confidence);
    }
}
