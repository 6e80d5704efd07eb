package id.wilayah.admin.map;

import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Up and down the hierarchy of one snapshot: a region's ancestors for the breadcrumbs, its children for the map. */
final class RegionTree {
    private RegionTree() {
    }

    static Optional<Place> find(RegionSnapshot snapshot, Level level, String code) {
        return snapshot.level(level).find(code).map(region -> Place.of(level, region));
    }

    /** The region and the regions containing it, province first; empty when the code is unknown at that level. */
    static List<Place> lineage(RegionSnapshot snapshot, Level level, String code) {
        List<Place> lineage = new ArrayList<>(4);
        Level at = level;
        String next = code;
        while (true) {
            Region region = snapshot.level(at).find(next).orElse(null);
            if (region == null) {
                return List.of();
            }
            lineage.add(Place.of(at, region));
            if (at == Level.PROVINCE) {
                break;
            }
            next = region.parentCode();
            at = Level.values()[at.ordinal() - 1];
        }
        Collections.reverse(lineage);
        return lineage;
    }

    /** The level below, or empty for villages; the provinces are the children of the whole country (level null). */
    static Optional<Level> childLevel(Level level) {
        if (level == null) {
            return Optional.of(Level.PROVINCE);
        }
        return level == Level.VILLAGE ? Optional.empty() : Optional.of(Level.values()[level.ordinal() + 1]);
    }

    /** The regions directly under the given one, in code order; the provinces for the whole country (level null). */
    static List<Place> children(RegionSnapshot snapshot, Level level, String code) {
        Optional<Level> below = childLevel(level);
        if (below.isEmpty()) {
            return List.of();
        }
        return snapshot.level(below.get()).list(level == null ? null : code, null).stream()
                .map(region -> Place.of(below.get(), region)).toList();
    }
}
