package id.wilayah.domain.nik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NikServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static RegionSnapshot edition(long id, String name, List<Province> provinces, List<Regency> regencies,
                                          List<District> districts) {
        return new RegionSnapshot(new EditionInfo(id, name, "KEMENDAGRI"), provinces, regencies, districts,
                List.of());
    }

    private static Province province(String code, String name) {
        return new Province(code, name, name);
    }

    private static Regency regency(String code, String name) {
        return new Regency(code, code.substring(0, 2), name, "KABUPATEN", name);
    }

    private static District district(String code, String name) {
        return new District(code, code.substring(0, 4), name, name);
    }

    /** Kertasari everywhere; Sorong moved from Papua Barat (92) to Papua Barat Daya (96) with new codes. */
    private final RegionSnapshot current = edition(2, "kemendagri-2025",
            List.of(province("32", "JAWA BARAT"), province("92", "PAPUA BARAT"), province("96", "PAPUA BARAT DAYA")),
            List.of(regency("3204", "KABUPATEN BANDUNG"), regency("9601", "KABUPATEN SORONG")),
            List.of(district("320431", "KERTASARI"), district("960101", "MAKBON"), district("960102", "BERAUR"),
                    district("960103", "SALAWATI")));
    private final RegionSnapshot older = edition(1, "kemendagri-2023",
            List.of(province("32", "JAWA BARAT"), province("92", "PAPUA BARAT")),
            List.of(regency("3204", "KABUPATEN BANDUNG"), regency("9201", "KAB. SORONG")),
            List.of(district("320431", "KERTASARI"), district("320499", "DISSOLVED"), district("920101", "MAKBON"),
                    district("920104", "BERAUR"), district("920105", "SALAWATI RAYA")));

    private final List<CrosswalkLink> links = new ArrayList<>(List.of(
            link("920101", "960101", MatchKind.EXACT_NAME, 1.0),
            link("920104", "960102", MatchKind.EXACT_NAME, 1.0),
            link("920105", "960101", MatchKind.SPLIT, 0.6),
            link("920105", "960103", MatchKind.FUZZY_NAME, 0.85)));
    private final List<EditionPair> asked = new ArrayList<>();
    private RuntimeException crosswalkFailure;

    private static CrosswalkLink link(String from, String to, MatchKind kind, double confidence) {
        return new CrosswalkLink(Level.DISTRICT, from, to, kind, confidence);
    }

    /** The retained editions other than the requested one, newest first. */
    private final List<RegionSnapshot> retained = new ArrayList<>(List.of(older));
    private final List<String> loaded = new ArrayList<>();

    private final NikService service = new NikService(new EditionSnapshots() {
        @Override
        public List<EditionInfo> lineage(CodeSystem system, EditionInfo of) {
            assertEquals(CodeSystem.KEMENDAGRI, system);
            return retained.stream().map(RegionSnapshot::edition).toList();
        }

        @Override
        public boolean has(EditionInfo edition, Level level, String code) {
            return retained.stream().filter(s -> s.edition().equals(edition)).anyMatch(
                    s -> s.level(level).find(code).isPresent());
        }

        @Override
        public RegionSnapshot byName(String name, boolean dryRunsToo) {
            loaded.add(name);
            return retained.stream().filter(s -> s.edition().name().equals(name)).findFirst().orElseThrow();
        }
    }, new Crosswalks() {
        @Override
        public Crosswalk of(EditionPair pair) {
            asked.add(pair);
            if (crosswalkFailure != null) {
                throw crosswalkFailure;
            }
            return new Crosswalk(pair.source().edition(), pair.target().edition(), links);
        }
    });

    @Test
    void namesTheRegionFromTheRequestedEdition() {
        NikRegion region = service.regionOf(Nik.parse("3204310501900001", TODAY), current);
        assertEquals("KERTASARI", region.district().name());
        assertEquals("kemendagri-2025", region.edition());
        assertTrue(region.current());
        assertNull(region.resolvedVia());
        assertTrue(asked.isEmpty(), "a code the requested edition has needs no lineage");
    }

    @Test
    void followsAReCodedDistrictThroughTheLineageToTodaysRegion() {
        NikRegion region = service.regionOf(Nik.parse("9201044501900001", TODAY), current);
        assertEquals("960102", region.district().code());
        assertEquals("BERAUR", region.district().name());
        assertEquals("9601", region.regency().code());
        assertEquals("96", region.province().code(), "today's province, not the NIK's digits 1-2");
        assertEquals("kemendagri-2025", region.edition());
        assertTrue(region.current());
        assertEquals(new NikLineage("kemendagri-2023", "920104", "BERAUR", MatchKind.EXACT_NAME, 1.0),
                region.resolvedVia());
        assertEquals("kemendagri-2023", asked.get(0).source().edition().name());
        assertEquals("kemendagri-2025", asked.get(0).target().edition().name());
    }

    @Test
    void aSplitDistrictGoesToItsStrongestLink() {
        NikRegion region = service.regionOf(Nik.parse("9201050501900001", TODAY), current);
        assertEquals("960103", region.district().code());
        assertEquals(MatchKind.FUZZY_NAME, region.resolvedVia().match());
        assertEquals("SALAWATI RAYA", region.resolvedVia().name());
    }

    @Test
    void withoutLineageADroppedDistrictIsNamedFromTheRetainedEditionAsBefore() {
        NikRegion region = service.regionOf(Nik.parse("3204990501900001", TODAY), current);
        assertEquals("DISSOLVED", region.district().name());
        assertEquals("kemendagri-2023", region.edition());
        assertFalse(region.current());
        assertNull(region.resolvedVia());
    }

    @Test
    void aLinkToARegionTheRequestedEditionLacksLeadsNowhere() {
        links.clear();
        links.add(link("920104", "969999", MatchKind.EXACT_NAME, 1.0));
        NikRegion region = service.regionOf(Nik.parse("9201040501900001", TODAY), current);
        assertEquals("kemendagri-2023", region.edition());
        assertEquals("KAB. SORONG", region.regency().name());
        assertNull(region.resolvedVia());
    }

    @Test
    void anUnreadableCrosswalkStillNamesTheRegionAsTheRetainedEditionKnowsIt() {
        crosswalkFailure = new IllegalStateException("database unreachable");
        NikRegion region = service.regionOf(Nik.parse("9201040501900001", TODAY), current);
        assertEquals("BERAUR", region.district().name());
        assertEquals("kemendagri-2023", region.edition());
        assertFalse(region.current());
    }

    @Test
    void unknownEverywhereIsABadRequestNamingTheLevel() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.regionOf(Nik.parse("3204980501900001", TODAY), current));
        assertTrue(e.getMessage().contains("no kecamatan has code 320498"), e.getMessage());
        InvalidInputException province = assertThrows(InvalidInputException.class,
                () -> service.regionOf(Nik.parse("9904310501900001", TODAY), current));
        assertTrue(province.getMessage().contains("no province has code 99"), province.getMessage());
    }

    /** Kota Sorong's district SORONG was 927101 until Papua Barat Daya was created; 2016 knew another 927101. */
    @Test
    void theNewestRetainedEditionWithTheCodeIsTheOneFollowed() {
        RegionSnapshot oldest = edition(0, "kemendagri-2016", List.of(province("92", "PAPUA BARAT")),
                List.of(regency("9201", "KAB. SORONG")), List.of(district("920101", "SORONG TUA")));
        retained.add(oldest);

        NikRegion region = service.regionOf(Nik.parse("9201014501900001", TODAY), current);

        assertEquals("kemendagri-2023", region.resolvedVia().edition());
        assertEquals("MAKBON", region.resolvedVia().name());
        assertEquals("960101", region.district().code());
        assertEquals(List.of(older.edition()), asked.stream().map(p -> p.source().edition()).toList());
    }

    @Test
    void aCodeOnlyAnOlderEditionHasIsFollowedFromThere() {
        RegionSnapshot oldest = edition(0, "kemendagri-2016", List.of(province("92", "PAPUA BARAT")),
                List.of(regency("9201", "KAB. SORONG")), List.of(district("920177", "SORONG LAMA")));
        retained.add(oldest);
        links.add(link("920177", "960102", MatchKind.SPLIT, 0.7));

        NikRegion region = service.regionOf(Nik.parse("9201774501900001", TODAY), current);

        assertEquals("kemendagri-2016", region.resolvedVia().edition());
        assertEquals("960102", region.district().code());
    }

    @Test
    void aCodeNoEditionHasLoadsNoOlderEdition() {
        assertThrows(InvalidInputException.class,
                () -> service.regionOf(Nik.parse("9201984501900001", TODAY), current));
        assertEquals(List.of(), loaded);
    }

    @Test
    void onlyTheEditionThatHasTheCodeIsLoaded() {
        retained.add(edition(0, "kemendagri-2016", List.of(province("92", "PAPUA BARAT")),
                List.of(regency("9201", "KAB. SORONG")), List.of(district("920177", "SORONG LAMA"))));
        links.add(link("920177", "960102", MatchKind.SPLIT, 0.7));

        service.regionOf(Nik.parse("9201774501900001", TODAY), current);

        assertEquals(List.of("kemendagri-2016"), loaded);
    }
}
