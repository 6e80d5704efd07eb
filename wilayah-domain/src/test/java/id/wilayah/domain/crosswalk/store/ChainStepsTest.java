package id.wilayah.domain.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.readmodel.FixedEditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default install: bps-2018 and the Kemendagri decrees of 2016 to 2025 retained, with fewer crosswalks kept in
 * memory ({@code wilayah.crosswalk.cache-size}) than the chain has steps. A region's history asked again, and a
 * chained crosswalk asked again, read no step from the database again; what stays in memory is bounded by the retained
 * editions.
 */
class ChainStepsTest {
    private static final List<EditionInfo> KEMENDAGRI = List.of(
            new EditionInfo(3, "kemendagri-2016", "KEMENDAGRI", true),
            new EditionInfo(4, "kemendagri-2018", "KEMENDAGRI", true),
            new EditionInfo(5, "kemendagri-2020", "KEMENDAGRI", true),
            new EditionInfo(6, "kemendagri-2022", "KEMENDAGRI", true),
            new EditionInfo(7, "kemendagri-2023", "KEMENDAGRI", true),
            new EditionInfo(1, "kemendagri-2025", "KEMENDAGRI", true));
    private static final EditionInfo BPS = new EditionInfo(2, "bps-2018", "BPS", true);
    private static final EditionInfo ACTIVE = KEMENDAGRI.get(KEMENDAGRI.size() - 1);

    private Crosswalks crosswalks;
    private final List<String> read = new ArrayList<>();

    @BeforeEach
    void wire() {
        List<EditionInfo> retained = new ArrayList<>(KEMENDAGRI);
        retained.add(BPS);
        EditionService database = new EditionService() {
            @Override
            public Optional<EditionInfo> activeEdition() {
                return Optional.of(ACTIVE);
            }

            @Override
            public List<EditionInfo> ready() {
                return retained;
            }
        };
        crosswalks = UnstoredCrosswalks.over(new FixedEditions(database), database, Map.of(), (source, target) -> {
            read.add(source.name() + " → " + target.name());
            return Optional.of(new Crosswalk(source, target, List.of()));
        });
    }

    @Test
    void aTimelineAskedAgainReadsNoStepAgain() {
        for (int round = 0; round < 3; round++) {
            // as a timeline of a region of today's edition reads them: backwards to the oldest decree
            for (int step = KEMENDAGRI.size() - 2; step >= 0; step--) {
                crosswalks.step(KEMENDAGRI.get(step), KEMENDAGRI.get(step + 1));
            }
        }
        assertEquals(KEMENDAGRI.size() - 1, read.size(), read.toString());
    }

    @Test
    void theCrosswalksOfEveryOlderDecreeAskedAgainReadNoStepAgain() {
        for (int round = 0; round < 3; round++) {
            // more composed crosswalks than are kept, so each is composed again from its steps every round
            for (EditionInfo older : KEMENDAGRI.subList(0, KEMENDAGRI.size() - 1)) {
                crosswalks.of(crosswalks.pair(older.name(), null, false));
            }
            crosswalks.of(crosswalks.pair(BPS.name(), null, false));
        }
        List<String> stepsRead = read.stream().filter(pair -> !pair.startsWith(BPS.name())).toList();
        assertEquals(List.of("kemendagri-2016 → kemendagri-2018", "kemendagri-2018 → kemendagri-2020",
                "kemendagri-2020 → kemendagri-2022", "kemendagri-2022 → kemendagri-2023",
                "kemendagri-2023 → kemendagri-2025"), stepsRead);
    }

    @Test
    void noMoreStepsStayInMemoryThanThereAreRetainedEditions() {
        List<EditionInfo> retained = new ArrayList<>(KEMENDAGRI);
        retained.add(BPS);
        for (EditionInfo from : retained) {
            for (EditionInfo to : retained) {
                if (from.id() != to.id()) {
                    crosswalks.step(from, to);
                }
            }
        }
        read.clear();
        crosswalks.step(retained.get(0), retained.get(1));
        assertEquals(List.of("kemendagri-2016 → kemendagri-2018"), read, "the step asked first was dropped since");
    }
}
