package id.wilayah.api.tiles;

import id.wilayah.domain.region.Level;

/**
 * The layers of a tile, one per level, bottom to top, each from the zoom at which its regions are large enough to
 * see: below it a level would fill a tile with regions a few pixels wide and cost far more to draw than it shows.
 */
enum TileLayer {
    PROVINSI(Level.PROVINCE, 0),
    KOTA(Level.REGENCY, 5),
    KECAMATAN(Level.DISTRICT, 8),
    KELURAHAN(Level.VILLAGE, 11);

    private final Level level;
    private final int minZoom;

    TileLayer(Level level, int minZoom) {
        this.level = level;
        this.minZoom = minZoom;
    }

    Level level() {
        return level;
    }

    /** The layer's name in the tile: the level's name in the API's paths. */
    String layerName() {
        return level.label();
    }

    boolean shownAt(int zoom) {
        return zoom >= minZoom;
    }
}
