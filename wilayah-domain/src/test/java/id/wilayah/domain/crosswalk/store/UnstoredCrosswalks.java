package id.wilayah.domain.crosswalk.store;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.readmodel.FixedEditions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Crosswalks computed when asked for and never stored, with the same overrides for every pair, wired as CDI wires
 * them, for tests of other packages.
 */
public final class UnstoredCrosswalks {
    private UnstoredCrosswalks() {
    }

    public static Crosswalks over(FixedEditions fixed, EditionService database,
                                  Map<String, List<CrosswalkLink>> overrides) {
        return over(fixed, database, overrides, (source, target) -> Optional.empty());
    }

    /** As above, the stored crosswalks read through {@code stored}. */
    public static Crosswalks over(FixedEditions fixed, EditionService database,
                                  Map<String, List<CrosswalkLink>> overrides,
                                  BiFunction<EditionInfo, EditionInfo, Optional<Crosswalk>> stored) {
        Crosswalks crosswalks = new Crosswalks();
        crosswalks.snapshots = fixed.snapshots;
        crosswalks.ready = fixed.ready;
        crosswalks.editions = database;
        crosswalks.cacheSize = 4;
        crosswalks.table = new CrosswalkTable() {
            @Override
            public Optional<Crosswalk> load(EditionInfo source, EditionInfo target) {
                return stored.apply(source, target);
            }

            @Override
            public Map<String, List<CrosswalkLink>> overrides(EditionInfo source, EditionInfo target) {
                return overrides;
            }

            @Override
            public boolean save(Crosswalk crosswalk) {
                return true;
            }
        };
        crosswalks.keepRecentPairs();
        return crosswalks;
    }
}
