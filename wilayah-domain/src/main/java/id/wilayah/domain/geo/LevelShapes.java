package id.wilayah.domain.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The shapes of one level with two spatial indexes: an STR-tree over every polygon's bounding box (which polygon
 * contains a point, which is nearest) and one over the interior points (which regions are near a point); and the
 * polygons by region code, so the children of one region (the codes it prefixes) are found without a spatial
 * search. Built once and never modified, so any number of threads may read it.
 */
public final class LevelShapes {
    private final List<RegionShape> regions;
    private final Map<String, RegionShape> byCode;
    private final STRtree polygons = new STRtree();
    private final STRtree interiorPoints = new STRtree();
    private final NavigableMap<String, Part[]> partsByCode = new TreeMap<>();
    private final long pointCount;

    public LevelShapes(List<RegionShape> regions) {
        this.regions = List.copyOf(regions);
        this.byCode = new HashMap<>(regions.size() * 2);
        long points = 0;
        for (int r = 0; r < this.regions.size(); r++) {
            RegionShape region = this.regions.get(r);
            byCode.put(region.code(), region);
            Shape shape = region.shape();
            Part[] parts = new Part[shape.polygonCount()];
            for (int polygon = 0; polygon < parts.length; polygon++) {
                parts[polygon] = new Part(region, polygon);
                polygons.insert(parts[polygon].box(), parts[polygon]);
            }
            partsByCode.put(region.code(), parts);
            GeoPoint inside = region.interiorPoint();
            interiorPoints.insert(new Envelope(inside.lng(), inside.lng(), inside.lat(), inside.lat()), region);
            points += shape.pointCount();
        }
        polygons.build();
        interiorPoints.build();
        this.pointCount = points;
    }

    public int size() {
        return regions.size();
    }

    public long pointCount() {
        return pointCount;
    }

    public List<RegionShape> all() {
        return regions;
    }

    public Optional<RegionShape> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The region whose shape contains the point; where the source's polygons overlap, the one with the lowest code,
     * so the answer does not depend on the index's layout.
     */
    public Optional<RegionShape> containing(double lat, double lng) {
        RegionShape found = null;
        for (Object item : polygons.query(new Envelope(lng, lng, lat, lat))) {
            Part part = (Part) item;
            if ((found == null || part.region.code().compareTo(found.code()) < 0)
                    && part.region.shape().polygonContains(part.polygon, lat, lng)) {
                found = part.region;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The region nearest to the point (zero when inside one) if within {@code maxMetres}, with its distance: the
     * polygons whose bounding box lies within reach.
     */
    public Optional<NearbyRegion> nearest(double lat, double lng, double maxMetres) {
        double dLat = Metres.latitudeDegrees(maxMetres);
        double dLng = Metres.longitudeDegrees(maxMetres, lat);
        List<Candidate> candidates = new ArrayList<>();
        for (Object item : polygons.query(new Envelope(lng - dLng, lng + dLng, lat - dLat, lat + dLat))) {
            Part part = (Part) item;
            candidates.add(new Candidate(part, part.boxDistanceMetres(lat, lng)));
        }
        return closest(candidates, lat, lng, maxMetres);
    }

    /**
     * The region nearest to the point among those whose code starts with {@code parentCode} (the parent's children,
     * or its descendants at a finer level), however far, with its distance (zero when inside it); empty when the
     * parent has no region with a shape at this level.
     */
    public Optional<NearbyRegion> nearestWithin(String parentCode, double lat, double lng) {
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Part[]> region : partsByCode.tailMap(parentCode, true).entrySet()) {
            if (!region.getKey().startsWith(parentCode)) {
                break;
            }
            for (Part part : region.getValue()) {
                candidates.add(new Candidate(part, part.boxDistanceMetres(lat, lng)));
            }
        }
        return closest(candidates, lat, lng, Double.MAX_VALUE);
    }

    /**
     * The candidates' polygons tried nearest box first, until the next box is farther away than the nearest edge
     * found so far; ties go to the lowest code, so the answer does not depend on the order of the candidates.
     */
    private static Optional<NearbyRegion> closest(List<Candidate> candidates, double lat, double lng,
                                                  double maxMetres) {
        candidates.sort(Comparator.comparingDouble(Candidate::lowerBound));
        NearbyRegion best = null;
        for (Candidate candidate : candidates) {
            double bound = best == null ? maxMetres : best.distanceMetres();
            if (candidate.lowerBound > bound) {
                break;
            }
            Part part = candidate.part;
            double metres = part.region.shape().polygonDistanceMetres(part.polygon, lat, lng);
            if (metres < bound || metres == bound && (best == null || part.region.code().compareTo(best.code()) < 0)) {
                best = new NearbyRegion(part.region.code(), part.region.interiorPoint(), metres);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Regions whose interior point lies within {@code radiusMetres}, nearest first, at most {@code limit}. */
    public List<NearbyRegion> nearby(double lat, double lng, double radiusMetres, int limit) {
        double dLat = Metres.latitudeDegrees(radiusMetres);
        double dLng = Metres.longitudeDegrees(radiusMetres, lat);
        List<NearbyRegion> found = new ArrayList<>();
        for (Object item : interiorPoints.query(new Envelope(lng - dLng, lng + dLng, lat - dLat, lat + dLat))) {
            RegionShape region = (RegionShape) item;
            GeoPoint inside = region.interiorPoint();
            double metres = Metres.between(lat, lng, inside.lat(), inside.lng());
            if (metres <= radiusMetres) {
                found.add(new NearbyRegion(region.code(), inside, metres));
            }
        }
        found.sort(Comparator.comparingDouble(NearbyRegion::distanceMetres).thenComparing(NearbyRegion::code));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /**
     * The polygons whose bounding box meets the box (degrees), grouped by region, regions in code order: what a map
     * tile over that box has to draw, without touching the polygons of a region that lie elsewhere.
     */
    public List<RegionPolygons> polygonsIn(Envelope box) {
        Map<RegionShape, List<Integer>> found = new HashMap<>();
        for (Object item : polygons.query(box)) {
            Part part = (Part) item;
            if (part.box.intersects(box)) {
                found.computeIfAbsent(part.region, region -> new ArrayList<>()).add(part.polygon);
            }
        }
        List<RegionPolygons> regionsFound = new ArrayList<>(found.size());
        found.forEach((region, indexes) -> regionsFound.add(
                new RegionPolygons(region, indexes.stream().mapToInt(Integer::intValue).sorted().toArray())));
        regionsFound.sort(Comparator.comparing(polygonsOf -> polygonsOf.region().code()));
        return regionsFound;
    }

    /** Some polygons of one region, by their index in its shape. */
    public record RegionPolygons(RegionShape region, int[] polygons) {
    }

    /** One polygon of a region with its bounding box: the unit the index holds, so an island region is found cheaply. */
    private record Part(RegionShape region, int polygon, Envelope box) {
        Part(RegionShape region, int polygon) {
            this(region, polygon, region.shape().envelope(polygon));
        }

        /** The distance to the box, never more than to the polygon in it. */
        double boxDistanceMetres(double lat, double lng) {
            double dx = Math.max(0, Math.max(box.getMinX() - lng, lng - box.getMaxX()));
            double dy = Math.max(0, Math.max(box.getMinY() - lat, lat - box.getMaxY()));
            double cosLat = Math.cos(Math.toRadians(lat));
            return Metres.PER_DEGREE * Math.sqrt(dx * dx * cosLat * cosLat + dy * dy);
        }
    }

    private record Candidate(Part part, double lowerBound) {
    }
}
