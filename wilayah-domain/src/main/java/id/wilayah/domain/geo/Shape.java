package id.wilayah.domain.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A region's MultiPolygon with its coordinates packed as fixed-point integers (1e-5 degree, about 1 m, the precision
 * the bundled boundaries are published in) in one array, instead of one object per point: the national village
 * boundaries have millions of points. Rings are closed (last point equals the first); the first ring of a polygon is
 * its shell, the others its holes. A JTS geometry is made only when one is asked for.
 */
public final class Shape {
    /** Fixed-point units per degree. */
    public static final double UNITS = 1e5;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(UNITS), 4326,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private final int[] xy;
    private final int[] ringEnds;
    private final int[] polygonRings;

    /**
     * @param xy           longitude, latitude pairs in fixed-point units, ring after ring
     * @param ringEnds     for each ring, the index of the point after its last one
     * @param polygonRings for each polygon the index of its first ring, then the number of rings
     */
    public Shape(int[] xy, int[] ringEnds, int[] polygonRings) {
        this.xy = xy;
        this.ringEnds = ringEnds;
        this.polygonRings = polygonRings;
    }

    public static int toUnits(double degrees) {
        return (int) Math.round(degrees * UNITS);
    }

    public static double toDegrees(int units) {
        return units / UNITS;
    }

    public int polygonCount() {
        return polygonRings.length - 1;
    }

    public int ringCount() {
        return ringEnds.length;
    }

    public int pointCount() {
        return xy.length / 2;
    }

    public boolean isEmpty() {
        return xy.length == 0;
    }

    int[] packedCoordinates() {
        return xy;
    }

    int[] ringEnds() {
        return ringEnds;
    }

    int[] polygonRings() {
        return polygonRings;
    }

    public int ringStart(int ring) {
        return ring == 0 ? 0 : ringEnds[ring - 1];
    }

    public int ringEnd(int ring) {
        return ringEnds[ring];
    }

    public int firstRing(int polygon) {
        return polygonRings[polygon];
    }

    public int x(int point) {
        return xy[2 * point];
    }

    public int y(int point) {
        return xy[2 * point + 1];
    }

    /** The bounding box of one polygon, in degrees. */
    public Envelope envelope(int polygon) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int p = ringStart(polygonRings[polygon]); p < ringStart(polygonRings[polygon + 1]); p++) {
            minX = Math.min(minX, x(p));
            maxX = Math.max(maxX, x(p));
            minY = Math.min(minY, y(p));
            maxY = Math.max(maxY, y(p));
        }
        return new Envelope(toDegrees(minX), toDegrees(maxX), toDegrees(minY), toDegrees(maxY));
    }

    /** The bounding box of the whole shape, in degrees. */
    public Envelope envelope() {
        Envelope all = new Envelope();
        for (int polygon = 0; polygon < polygonCount(); polygon++) {
            all.expandToInclude(envelope(polygon));
        }
        return all;
    }

    public boolean contains(double lat, double lng) {
        for (int polygon = 0; polygon < polygonCount(); polygon++) {
            if (polygonContains(polygon, lat, lng)) {
                return true;
            }
        }
        return false;
    }

    /** Even-odd crossing test over the polygon's shell and holes; a point on an edge may fall on either side. */
    public boolean polygonContains(int polygon, double lat, double lng) {
        double px = lng * UNITS;
        double py = lat * UNITS;
        boolean inside = false;
        for (int ring = polygonRings[polygon]; ring < polygonRings[polygon + 1]; ring++) {
            int end = ringEnds[ring];
            for (int i = ringStart(ring), j = end - 1; i < end; j = i++) {
                double yi = xy[2 * i + 1];
                double yj = xy[2 * j + 1];
                if ((yi > py) != (yj > py)) {
                    double xi = xy[2 * i];
                    double xj = xy[2 * j];
                    if (px < xi + (py - yi) * (xj - xi) / (yj - yi)) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    /**
     * The distance from a point to one polygon, zero inside, in metres on a plane tangent at the point (exact enough
     * within the tens of kilometres a nearest-region answer spans at Indonesia's latitudes).
     */
    public double polygonDistanceMetres(int polygon, double lat, double lng) {
        if (polygonContains(polygon, lat, lng)) {
            return 0;
        }
        double kx = Metres.PER_DEGREE / UNITS * Math.cos(Math.toRadians(lat));
        double ky = Metres.PER_DEGREE / UNITS;
        return Math.sqrt(squaredEdgeDistance(polygon, lng * UNITS, lat * UNITS, kx, ky));
    }

    private double squaredEdgeDistance(int polygon, double px, double py, double kx, double ky) {
        double best = Double.MAX_VALUE;
        for (int ring = polygonRings[polygon]; ring < polygonRings[polygon + 1]; ring++) {
            int end = ringEnds[ring];
            for (int i = ringStart(ring) + 1; i < end; i++) {
                double ax = (xy[2 * i - 2] - px) * kx;
                double ay = (xy[2 * i - 1] - py) * ky;
                double bx = (xy[2 * i] - px) * kx;
                double by = (xy[2 * i + 1] - py) * ky;
                best = Math.min(best, squaredDistanceToOrigin(ax, ay, bx, by));
            }
        }
        return best;
    }

    private static double squaredDistanceToOrigin(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double cx = ax + t * dx;
        double cy = ay + t * dy;
        return cx * cx + cy * cy;
    }

    /** This shape as a JTS MultiPolygon over packed coordinate sequences. */
    public MultiPolygon toGeometry() {
        Polygon[] polygons = new Polygon[polygonCount()];
        for (int polygon = 0; polygon < polygons.length; polygon++) {
            int first = polygonRings[polygon];
            LinearRing[] holes = new LinearRing[polygonRings[polygon + 1] - first - 1];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = ring(first + 1 + h);
            }
            polygons[polygon] = FACTORY.createPolygon(ring(first), holes);
        }
        return FACTORY.createMultiPolygon(polygons);
    }

    private LinearRing ring(int ring) {
        int start = ringStart(ring);
        int end = ringEnds[ring];
        double[] coordinates = new double[2 * (end - start)];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = toDegrees(xy[2 * start + i]);
        }
        return FACTORY.createLinearRing(new PackedCoordinateSequence.Double(coordinates, 2, 0));
    }

    /**
     * This shape with the points a map at that scale does not need removed (Douglas-Peucker, keeping topology so no
     * ring collapses or crosses another); {@code metres} is the largest distance a removed point may have had.
     */
    public Shape simplified(double metres) {
        return of(TopologyPreservingSimplifier.simplify(toGeometry(), metres / Metres.PER_DEGREE));
    }

    /** Packs a JTS Polygon or MultiPolygon (as simplification returns it), rounding to fixed-point units. */
    public static Shape of(Geometry polygonal) {
        ShapeBuilder builder = new ShapeBuilder();
        for (int g = 0; g < polygonal.getNumGeometries(); g++) {
            Geometry part = polygonal.getGeometryN(g);
            if (part instanceof Polygon polygon && !polygon.isEmpty()) {
                builder.startPolygon();
                addRing(builder, polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    addRing(builder, polygon.getInteriorRingN(h));
                }
            }
        }
        return builder.build();
    }

    private static void addRing(ShapeBuilder builder, LinearRing ring) {
        builder.startRing();
        for (int i = 0; i < ring.getNumPoints(); i++) {
            builder.addPoint(toUnits(ring.getCoordinateSequence().getX(i)), toUnits(ring.getCoordinateSequence().getY(i)));
        }
        builder.endRing();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shape shape && Arrays.equals(xy, shape.xy) && Arrays.equals(ringEnds, shape.ringEnds)
                && Arrays.equals(polygonRings, shape.polygonRings);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy) * 31 + Arrays.hashCode(ringEnds);
    }
}
