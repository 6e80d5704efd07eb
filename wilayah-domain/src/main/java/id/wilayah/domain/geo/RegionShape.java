package id.wilayah.domain.geo;

import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;

/**
 * One region's shape and its interior point: a point guaranteed inside the shape (unlike a centroid, which lies
 * outside concave regions), so it stands for the region on a map and in distance rankings.
 */
public record RegionShape(String code, Shape shape, GeoPoint interiorPoint) {

    /** Computes the interior point with JTS, as the importer does once per region before storing it. */
    public static RegionShape of(String code, Shape shape) {
        Coordinate inside = InteriorPoint.getInteriorPoint(shape.toGeometry());
        return new RegionShape(code, shape, new GeoPoint(inside.getY(), inside.getX()));
    }
}
