package id.wilayah.api.odoo.view;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.GeoPoint;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.region.Level;
import java.util.Optional;

/** The point a detail response gives as {@code lat}/{@code lng}: the region's interior point, to six decimals. */
record GeoPosition(Double lat, Double lng) {
    private static final GeoPosition NONE = new GeoPosition(null, null);

    static GeoPosition of(GeoModel geo, Level level, String code) {
        Optional<GeoPoint> point = geo.level(level).byCode(code).map(RegionShape::interiorPoint);
        return point.map(p -> new GeoPosition(round(p.lat()), round(p.lng()))).orElse(NONE);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
