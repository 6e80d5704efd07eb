package id.wilayah.domain.resolve.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.TestEdition;
import id.wilayah.domain.crosswalk.store.UnstoredCrosswalks;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.readmodel.FixedEditions;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.resolve.AddressCandidate;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * From the first address resolved in the served edition to its resolver reading a village by the name it bore in the older retained
 * edition, through the crosswalk an administrator's override confirmed the rename in.
 */
class FormerNamesFollowerTest {
    private static final RegionSnapshot OLDER = kertasari(new TestEdition("kemendagri-2023"))
            .region("3204312005", "320431", "CIKEMBANG HILIR")
            .snapshot();
    private static final RegionSnapshot TODAY = kertasari(new TestEdition("kemendagri-2025"))
            .region("3204312005", "320431", "NEGLAWANGI")
            .snapshot();
    private static final String ADDRESS = "Desa Cikembang Hilir, Kec. Kertasari, Kab. Bandung, Jawa Barat";

    private static TestEdition kertasari(TestEdition edition) {
        return edition.region("32", null, "JAWA BARAT").region("3204", "32", "KABUPATEN BANDUNG")
                .region("320431", "3204", "KERTASARI").region("3204312006", "320431", "CIBEUREUM");
    }

    @Test
    void theServedEditionAdoptsTheNamesOfTheOlderRetainedOne() {
        EditionService database = new EditionService() {
            @Override
            public Optional<EditionInfo> activeEdition() {
                return Optional.of(TODAY.edition());
            }

            @Override
            public List<EditionInfo> ready() {
                return List.of(OLDER.edition(), TODAY.edition());
            }
        };
        FixedEditions fixed = new FixedEditions(database,
                edition -> edition.equals(OLDER.edition()) ? OLDER : TODAY);
        FormerNamesFollower follower = new FormerNamesFollower();
        follower.directory = fixed.directory;
        follower.snapshots = fixed.snapshots;
        follower.crosswalks = UnstoredCrosswalks.over(fixed, database, Map.of("3204312005",
                List.of(CrosswalkLink.manual(Level.VILLAGE, "3204312005", "3204312005"))));
        follower.executor = runningAtOnce();
        assertNull(fixed.directory.current().resolver().resolve(ADDRESS, 5).candidates().get(0).village());

        follower.resolverOf(fixed.directory.current());

        AddressCandidate best = follower.resolverOf(fixed.directory.current()).resolve(ADDRESS, 5).candidates().get(0);
        assertEquals("3204312005", best.village().code());
        assertTrue(best.notes().contains("named as in kemendagri-2023: CIKEMBANG HILIR"), best.notes().toString());
    }

    private static ManagedExecutorService runningAtOnce() {
        return (ManagedExecutorService) Proxy.newProxyInstance(FormerNamesFollowerTest.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    ((Runnable) arguments[0]).run();
                    return null;
                });
    }
}
