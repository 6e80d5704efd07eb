package id.wilayah.domain.geo;

import id.wilayah.domain.region.Level;
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
     * The most specific region containing the point (a village, or where no village polygon covers it, the district,
     * and so on up); a point in no polygon gets the nearest region of the most specific level that has shapes, if
     * within {@code maxMetres}.
     */
    public Optional<ReverseMatch> reverse(double lat, double lng, double maxMetres) {
        for (Level level : FINEST_FIRST) {
            Optional<RegionShape> inside = levels.get(level).containing(lat, lng);
            if (inside.isPresent()) {
                return Optional.of(new ReverseMatch(level, inside.get().code(), true, 0));
            }
        }
        for (Level level : FINEST_FIRST) {
            LevelShapes shapes = levels.get(level);
            if (shapes.size() > 0) {
                return shapes.nearest(lat, lng, maxMetres)
                        .map(near -> new ReverseMatch(level, near.code(), false, near.distanceMetres()));
            }
        }
        return Optional.empty();
    }
}
