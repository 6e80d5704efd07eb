package id.wilayah.api.tiles;

import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.region.RegionCode;
import org.locationtech.jts.geom.Envelope;

/**
 * One tile of the XYZ scheme (as OpenStreetMap and Google number them: x eastwards from 180° W, y southwards from
 * 85.05° N) on Web Mercator, and the mapping from degrees to its coordinates: {@value #EXTENT} units across, y
 * downwards, as MVT 2.1 wants them.
 */
record TileAddress(int z, int x, int y) {
    static final int MAX_ZOOM = 16;
    static final int EXTENT = 4096;
    /** Features are drawn this far (in tile units) past the edge, so strokes along the edge join the next tile's. */
    static final int BUFFER = 64;

    private static final double MAX_LATITUDE = 85.0511287798066;

    TileAddress {
        if (z < 0 || z > MAX_ZOOM) {
            throw new InvalidInputException("Zoom " + z + " is outside 0.." + MAX_ZOOM);
        }
        long last = (1L << z) - 1;
        if (x < 0 || x > last || y < 0 || y > last) {
            throw new InvalidInputException("Tile " + x + "/" + y + " does not exist at zoom " + z
                    + ": x and y run from 0 to " + last);
        }
    }

    /** The tile named by the path's three numbers; anything but whole numbers in range is a 400 saying which. */
    static TileAddress parse(String z, String x, String y) {
        return new TileAddress(number("z", z), number("x", x), number("y", y));
    }

    private static int number(String name, String raw) {
        if (raw == null || !raw.matches("[0-9]{1,9}")) {
            throw new InvalidInputException("Tile " + name + " '" + RegionCode.printable(raw)
                    + "' is not a whole number from 0");
        }
        return Integer.parseInt(raw);
    }

    /** Units of this zoom's whole world, from 180° W and 85.05° N. */
    private double worldUnits() {
        return (double) EXTENT * (1L << z);
    }

    double tileX(double lng) {
        return (lng + 180) / 360 * worldUnits() - (double) x * EXTENT;
    }

    double tileY(double lat) {
        double sin = Math.sin(Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))));
        double mercator = Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
        return (0.5 - mercator) * worldUnits() - (double) y * EXTENT;
    }

    private double longitude(double tileX) {
        return ((double) x * EXTENT + tileX) / worldUnits() * 360 - 180;
    }

    private double latitude(double tileY) {
        double mercator = Math.PI * (1 - 2 * ((double) y * EXTENT + tileY) / worldUnits());
        return Math.toDegrees(Math.atan(Math.sinh(mercator)));
    }

    /** The area drawn, buffer included, in tile units. */
    Envelope drawn() {
        return new Envelope(-BUFFER, EXTENT + BUFFER, -BUFFER, EXTENT + BUFFER);
    }

    /** The same area in degrees (longitude as x), to find the polygons to draw. */
    Envelope drawnDegrees() {
        return new Envelope(longitude(-BUFFER), longitude(EXTENT + BUFFER), latitude(EXTENT + BUFFER),
                latitude(-BUFFER));
    }

    /** How many degrees one tile unit spans east-west: points closer than that fall on one tile coordinate. */
    double degreesPerUnit() {
        return 360 / worldUnits();
    }
}
