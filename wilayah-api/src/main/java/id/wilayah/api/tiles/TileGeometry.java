package id.wilayah.api.tiles;

import id.wilayah.domain.geo.LevelShapes.RegionPolygons;
import id.wilayah.domain.geo.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.RingClipper;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A region's polygons as one tile draws them, in whole tile units. Each ring is walked once: points that fall on the
 * same tile unit as the one before are skipped before they are projected (at low zoom most of a coastline's points),
 * the rest are projected, clipped to the tile and its buffer ring by ring (JTS's ring clipper, linear in the ring's
 * points, where an overlay would node the whole polygon of a province for every tile it touches), rounded, and the
 * result simplified by Douglas-Peucker in tile units, so the simplification follows the zoom. Clipped polygons may
 * touch themselves along the tile's edge, which renderers accept; their validity is not repaired.
 */
final class TileGeometry {
    /** The largest distance, in tile units, a point dropped by simplification may have had from the outline kept. */
    static final double TOLERANCE = 1.0;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final TileAddress tile;
    private final Envelope drawn;
    private final RingClipper clipper;
    private final int sameUnit;

    TileGeometry(TileAddress tile) {
        this.tile = tile;
        this.drawn = tile.drawn();
        this.clipper = new RingClipper(drawn);
        this.sameUnit = (int) Math.floor(tile.degreesPerUnit() * Shape.UNITS / 2);
    }

    /** The polygons in tile units (Polygon or MultiPolygon), or null when nothing of them is left in the tile. */
    Geometry draw(RegionPolygons found) {
        Shape shape = found.region().shape();
        List<Polygon> polygons = new ArrayList<>();
        for (int polygon : found.polygons()) {
            int first = shape.firstRing(polygon);
            LinearRing shell = ring(shape, first);
            if (shell == null) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int ring = first + 1; ring < shape.firstRing(polygon + 1); ring++) {
                LinearRing hole = ring(shape, ring);
                if (hole != null) {
                    holes.add(hole);
                }
            }
            polygons.add(FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
        }
        if (polygons.isEmpty()) {
            return null;
        }
        Geometry outline = polygons.size() == 1 ? polygons.get(0)
                : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(outline);
        simplifier.setDistanceTolerance(TOLERANCE);
        simplifier.setEnsureValid(false);
        Geometry simplified = simplifier.getResultGeometry();
        return simplified.isEmpty() ? null : simplified;
    }

    private LinearRing ring(Shape shape, int ring) {
        Coordinate[] projected = projected(shape, ring);
        Envelope box = new Envelope();
        for (Coordinate point : projected) {
            box.expandToInclude(point);
        }
        if (!box.intersects(drawn)) {
            return null;
        }
        Coordinate[] clipped = drawn.covers(box) ? projected : clipper.clip(projected);
        Coordinate[] rounded = rounded(clipped);
        if (rounded.length < 4 || Math.abs(Area.ofRingSigned(rounded)) < 1) {
            return null;
        }
        return FACTORY.createLinearRing(rounded);
    }

    /** The ring's points in tile units, less those on the same unit as the point kept before them; still closed. */
    private Coordinate[] projected(Shape shape, int ring) {
        int start = shape.ringStart(ring);
        int end = shape.ringEnd(ring);
        Coordinate[] points = new Coordinate[end - start];
        int kept = 0;
        int keptX = 0;
        int keptY = 0;
        for (int p = start; p < end; p++) {
            int px = shape.x(p);
            int py = shape.y(p);
            boolean ends = p == start || p == end - 1;
            if (ends || Math.abs(px - keptX) > sameUnit || Math.abs(py - keptY) > sameUnit) {
                points[kept++] = new Coordinate(tile.tileX(Shape.toDegrees(px)), tile.tileY(Shape.toDegrees(py)));
                keptX = px;
                keptY = py;
            }
        }
        return Arrays.copyOf(points, kept);
    }

    /** Whole tile units, without a point repeating the one before it; closed when anything is left. */
    private static Coordinate[] rounded(Coordinate[] points) {
        List<Coordinate> kept = new ArrayList<>(points.length);
        for (Coordinate point : points) {
            Coordinate whole = new Coordinate(Math.round(point.x), Math.round(point.y));
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals2D(whole)) {
                kept.add(whole);
            }
        }
        if (!kept.isEmpty() && !kept.get(0).equals2D(kept.get(kept.size() - 1))) {
            kept.add(kept.get(0).copy());
        }
        return kept.toArray(Coordinate[]::new);
    }
}
