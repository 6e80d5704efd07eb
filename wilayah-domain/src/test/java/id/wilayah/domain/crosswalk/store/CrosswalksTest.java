package id.wilayah.domain.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.Edition;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.FixedEditions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editions a crosswalk request names: a dry run, or an edition that is not ready, is to a key without admin scope
 * what an edition that does not exist is, in the same words, whether named as {@code from} or as {@code to}.
 */
class CrosswalksTest {
    private static final EditionInfo ACTIVE = new EditionInfo(1, "kemendagri-2025", "KEMENDAGRI", true);
    private static final EditionInfo STAGED_BPS = new EditionInfo(2, "bps-2018", "BPS", true);
    private static final EditionInfo DRY_RUN = new EditionInfo(3, "dryrun", "KEMENDAGRI", false);
    private static final String FAILED = "failedrun";
    private static final String UNKNOWN = "nosuchedition";

    private final Crosswalks crosswalks = new Crosswalks();

    @BeforeEach
    void wire() {
        Edition failed = new Edition(FAILED, CodeSystem.KEMENDAGRI, "upload by admin");
        failed.markFailed();
        Database database = new Database(List.of(ACTIVE, STAGED_BPS, DRY_RUN), Map.of(FAILED, failed));
        FixedEditions fixed = new FixedEditions(database);
        crosswalks.snapshots = fixed.snapshots;
        crosswalks.ready = fixed.ready;
        crosswalks.editions = database;
    }

    @Test
    void aDryRunIsAnsweredToAReadKeyAsAnEditionThatDoesNotExist() {
        for (String hidden : List.of(DRY_RUN.name(), FAILED)) {
            for (String side : List.of("from", "to")) {
                assertEquals(refusal(side, UNKNOWN), refusal(side, hidden), hidden + " as " + side);
            }
        }
    }

    @Test
    void anAdministratorCrossWalksADryRunAndLearnsWhyAFailedEditionCannot() {
        EditionPair pair = crosswalks.pair(DRY_RUN.name(), null, true);
        assertEquals(DRY_RUN, pair.source().edition());
        assertEquals(ACTIVE, pair.target().edition());
        InvalidInputException failed = assertThrows(InvalidInputException.class,
                () -> crosswalks.pair(FAILED, null, true));
        assertTrue(failed.getMessage().contains("not retained (it is FAILED)"), failed.getMessage());
    }

    @Test
    void everyKeyCrossWalksFromTheStagedBpsEdition() {
        assertEquals(STAGED_BPS, crosswalks.pair(STAGED_BPS.name(), null, false).source().edition());
    }

    /** What a read key naming {@code edition} as {@code side} is told, the name left out. */
    private String refusal(String side, String edition) {
        NotFoundException refused = assertThrows(NotFoundException.class, () -> name(side, edition));
        return refused.getMessage().replace(edition, "NAME");
    }

    private void name(String side, String edition) {
        if (side.equals("from")) {
            crosswalks.pair(edition, null, false);
        } else {
            crosswalks.pair(STAGED_BPS.name(), edition, false);
        }
    }

    private static final class Database extends EditionService {
        private final List<EditionInfo> ready;
        private final Map<String, Edition> notReady;

        Database(List<EditionInfo> ready, Map<String, Edition> notReady) {
            this.ready = ready;
            this.notReady = notReady;
        }

        @Override
        public Optional<EditionInfo> activeEdition() {
            return Optional.of(ACTIVE);
        }

        @Override
        public List<EditionInfo> ready() {
            return ready;
        }

        @Override
        public Optional<Edition> findByName(String name) {
            return Optional.ofNullable(notReady.get(name));
        }
    }
}
