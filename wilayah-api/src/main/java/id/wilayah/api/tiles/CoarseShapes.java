package id.wilayah.api.tiles;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.LevelShapes;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.region.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The shapes a tile below zoom {@value #DETAILED_FROM} draws from: a level simplified once for that zoom, at the
 * tolerance the tile simplifies at ({@link TileGeometry#TOLERANCE} units), instead of at every tile. A low-zoom tile
 * spans a fifth of the country, whose full outlines have hundreds of thousands of points and thousands of islets that
 * round to nothing; the simplified copy, without the polygons smaller than a tile unit, has fewer of both. Made when
 * a tile of that zoom is first drawn from a model, kept as long as the model is ({@link RenderedTiles}). From zoom
 * {@value #DETAILED_FROM} on a tile spans little enough for the full shapes.
 */
final class CoarseShapes {
    static final int DETAILED_FROM = 8;

    private final Map<String, LevelShapes> simplified = new ConcurrentHashMap<>();

    /** The model's shapes of a level as a tile at that zoom draws them. */
    LevelShapes level(GeoModel geo, Level level, int zoom) {
        if (zoom >= DETAILED_FROM) {
            return geo.level(level);
        }
        return simplified.computeIfAbsent(level + "/" + zoom, key -> simplify(geo.level(level), zoom));
    }

    private static LevelShapes simplify(LevelShapes full, int zoom) {
        double unit = new TileAddress(zoom, 0, 0).degreesPerUnit();
        List<RegionShape> regions = new ArrayList<>(full.size());
        for (RegionShape region : full.all()) {
            DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(region.shape().toGeometry());
            simplifier.setDistanceTolerance(unit * TileGeometry.TOLERANCE);
            simplifier.setEnsureValid(false);
            Shape shape = Shape.of(withoutIslets(simplifier.getResultGeometry(), unit));
            if (!shape.isEmpty()) {
                regions.add(new RegionShape(region.code(), shape, region.interiorPoint()));
            }
        }
        return new LevelShapes(regions);
    }

    /** The polygons at least a tile unit across: smaller ones round to nothing in a tile of this zoom. */
    private static Geometry withoutIslets(Geometry outline, double unit) {
        List<Polygon> kept = new ArrayList<>(outline.getNumGeometries());
        for (int g = 0; g < outline.getNumGeometries(); g++) {
            Envelope box = outline.getGeometryN(g).getEnvelopeInternal();
            if (outline.getGeometryN(g) instanceof Polygon polygon && (box.getWidth() >= unit
                    || box.getHeight() >= unit)) {
                kept.add(polygon);
            }
        }
        return outline.getFactory().createMultiPolygon(kept.toArray(Polygon[]::new));
    }
}
