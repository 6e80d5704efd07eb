package id.wilayah.domain.geo;

import id.wilayah.domain.region.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shapes of one edition, level by level; a level without shapes is empty. Immutable once built. */
public final class GeoModel {
    private static final List<Level> FINEST_FIRST = List.of(Level.VILLAGE, Level.DISTRICT, Level.REGENCY,
            Level.PROVINCE);

    private final Map<Level, LevelShapes> levels;

    public GeoModel(Map<Level, LevelShapes> levels) {
        this.levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            this.levels.put(level, levels.getOrDefault(level, new LevelShapes(List.of())));
        }
    }

    public static GeoModel empty() {
        return new GeoModel(Map.of());
    }

    public LevelShapes level(Level level) {
        return levels.get(level);
    }

    public boolean isEmpty() {
        return levels.values().stream().allMatch(shapes -> shapes.size() == 0);
    }

    public long pointCount() {
        return levels.values().stream().mapToLong(LevelShapes::pointCount).sum();
    }

    /**
     * The most specific region containing the point, and below it, where no polygon of a finer level covers the point
     * (an island the province's polygon has and the regencies' omit, a sliver between polygons), the nearest region of
     * each finer level within the one above: a pin on land always gets a village where the edition has village
     * shapes. A point in no polygon gets the nearest region of the most specific level that has shapes, if within
     * {@code maxMetres}.
     */
    public Optional<ReverseMatch> reverse(double lat, double lng, double maxMetres) {
        for (Level level : FINEST_FIRST) {
            Optional<RegionShape> inside = levels.get(level).containing(lat, lng);
            if (inside.isPresent()) {
                return Optional.of(inferredBelow(level, inside.get().code(), lat, lng));
            }
        }
        for (Level level : FINEST_FIRST) {
            LevelShapes shapes = levels.get(level);
            if (shapes.size() > 0) {
                return shapes.nearest(lat, lng, maxMetres)
                        .map(near -> new ReverseMatch(level, near.code(), false, near.distanceMetres(), List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * Descends from the containing region by code prefix (an edition's codes extend their parent's), so each finer
     * level is chosen among the children of the region just chosen and the answer is one consistent lineage.
     */
    private ReverseMatch inferredBelow(Level containing, String containingCode, double lat, double lng) {
        Level level = containing;
        String code = containingCode;
        List<Level> inferred = new ArrayList<>();
        for (int finer = containing.ordinal() + 1; finer < Level.values().length; finer++) {
            Level child = Level.values()[finer];
            Optional<NearbyRegion> nearest = levels.get(child).nearestWithin(code, lat, lng);
            if (nearest.isEmpty()) {
                break;
            }
            level = child;
            code = nearest.get().code();
            inferred.add(child);
        }
        return new ReverseMatch(level, code, true, 0, List.copyOf(inferred));
    }
}
