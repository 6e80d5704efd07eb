package id.wilayah.domain.crosswalk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.crosswalk.store.CrosswalkTable;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.RegionFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts and rows to review of a small crosswalk, with and without an administrator's overrides. */
class CrosswalkReviewTest {
    private static final RegionFactory REGIONS = new RegionFactory(NameCase.AS_IMPORTED);
    private static final EditionPair PAIR = new EditionPair(
            new RegionSnapshot(new EditionInfo(1, "bps", "BPS"), List.of(REGIONS.province("32", "JAWA BARAT")),
                    List.of(REGIONS.regency("3204", "32", "KABUPATEN BANDUNG", "Kabupaten")),
                    List.of(REGIONS.district("3204050", "3204", "KERTASARI"),
                            REGIONS.district("3204060", "3204", "PANGALENGAN"),
                            REGIONS.district("3204070", "3204", "CIMAUNG"),
                            REGIONS.district("3204080", "3204", "NOWHERE")),
                    List.of()),
            new RegionSnapshot(new EditionInfo(2, "kemendagri", "KEMENDAGRI"),
                    List.of(REGIONS.province("32", "Jawa Barat")),
                    List.of(REGIONS.regency("3204", "32", "Kabupaten Bandung", "Kabupaten")),
                    List.of(REGIONS.district("320431", "3204", "Kertasari"),
                            REGIONS.district("320432", "3204", "Pangalengan"),
                            REGIONS.district("320433", "3204", "Cimaung")),
                    List.of()));
    private static final Crosswalk COMPUTED = new Crosswalk(PAIR.source().edition(), PAIR.target().edition(), List.of(
            new CrosswalkLink(Level.PROVINCE, "32", "32", MatchKind.SAME_CODE, 1.0),
            new CrosswalkLink(Level.REGENCY, "3204", "3204", MatchKind.SAME_CODE, 1.0),
            new CrosswalkLink(Level.DISTRICT, "3204050", "320431", MatchKind.EXACT_NAME, 1.0),
            new CrosswalkLink(Level.DISTRICT, "3204060", "320432", MatchKind.FUZZY_NAME, 0.85),
            new CrosswalkLink(Level.DISTRICT, "3204070", "320433", MatchKind.FUZZY_NAME, 0.6)));

    @Test
    void regionsAreCountedByTheirStrongestLinkAndTheUnlinkedAndWeakOnesAreToReview() {
        LevelCounts districts = review(Map.of()).counts(PAIR).get(Level.DISTRICT.ordinal());
        assertEquals(new LevelCounts("kecamatan", List.of(0, 1, 2, 0, 0, 0), 1, 4, 2), districts);
        ReviewPage rows = review(Map.of()).toReview(PAIR, null, 0, 50);
        assertEquals(2, rows.total());
        assertEquals(List.of(
                new ReviewRow("kecamatan", "3204070", "CIMAUNG", "320433", "Cimaung", "fuzzy-name", 0.6),
                new ReviewRow("kecamatan", "3204080", "NOWHERE", null, null, null, null)), rows.rows());
    }

    @Test
    void overriddenRegionsCountAsManualAndAreNotListedAgain() {
        CrosswalkReview review = review(Map.of(
                "3204080", List.of(),
                "3204070", List.of(CrosswalkLink.manual(Level.DISTRICT, "3204070", "320433"))));
        assertEquals(new LevelCounts("kecamatan", List.of(0, 1, 1, 0, 0, 2), 0, 4, 0),
                review.counts(PAIR).get(Level.DISTRICT.ordinal()));
        assertEquals(0, review.toReview(PAIR, Level.DISTRICT, 0, 50).total());
    }

    @Test
    void aPageHoldsItsRowsAndKnowsTheTotal() {
        ReviewPage second = review(Map.of()).toReview(PAIR, Level.DISTRICT, 1, 1);
        assertEquals(2, second.total());
        assertEquals(1, second.first());
        assertEquals(List.of("3204080"), second.rows().stream().map(ReviewRow::fromCode).toList());
        assertEquals(0, review(Map.of()).toReview(PAIR, Level.PROVINCE, 0, 50).total());
    }

    /** The review as served: the computed crosswalk with the given overrides on top, threshold 0.8. */
    private static CrosswalkReview review(Map<String, List<CrosswalkLink>> overrides) {
        CrosswalkReview review = new CrosswalkReview();
        review.crosswalks = new Crosswalks() {
            @Override
            public Crosswalk of(EditionPair pair) {
                return COMPUTED.replacing(overrides);
            }
        };
        review.table = new CrosswalkTable() {
            @Override
            public Map<String, List<CrosswalkLink>> overrides(EditionInfo source, EditionInfo target) {
                return overrides;
            }
        };
        review.reviewBelow = 0.8;
        return review;
    }
}
