package id.wilayah.api.tiles;

import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.LevelShapes.RegionPolygons;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Region;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws one tile of an edition: for each layer shown at the tile's zoom, the regions whose polygons reach into the
 * tile, each a feature with the region's {@code code} and {@code name} as the snapshot answers them (so in the code
 * system of the request), encoded as MVT 2.1 by mapbox-vector-tile-java. A region the snapshot does not know (a shape
 * without a region row) is left out, as the GeoJSON export leaves it out.
 */
final class TileRenderer {
    private static final MvtLayerParams LAYER_PARAMS = new MvtLayerParams(TileAddress.EXTENT);

    private TileRenderer() {
    }

    /**
     * The encoded tile, or an empty array when no layer has a feature in it; low zooms are drawn from the simplified
     * shapes kept in {@code coarse}.
     */
    static byte[] render(GeoModel geo, CoarseShapes coarse, RegionSnapshot snapshot, TileAddress tile) {
        TileGeometry geometry = new TileGeometry(tile);
        Envelope degrees = tile.drawnDegrees();
        List<JtsLayer> layers = new ArrayList<>();
        for (TileLayer layer : TileLayer.values()) {
            if (!layer.shownAt(tile.z())) {
                continue;
            }
            List<Geometry> features = new ArrayList<>();
            for (RegionPolygons found : coarse.level(geo, layer.level(), tile.z()).polygonsIn(degrees)) {
                Optional<Region> region = snapshot.fromOwnCode(layer.level(), found.region().code());
                Geometry drawn = region.isEmpty() ? null : geometry.draw(found);
                if (drawn != null) {
                    drawn.setUserData(properties(region.get()));
                    features.add(drawn);
                }
            }
            if (!features.isEmpty()) {
                layers.add(new JtsLayer(layer.layerName(), features, TileAddress.EXTENT));
            }
        }
        if (layers.isEmpty()) {
            return new byte[0];
        }
        return MvtEncoder.encode(new JtsMvt(layers), LAYER_PARAMS, new UserDataKeyValueMapConverter());
    }

    private static Map<String, Object> properties(Region region) {
        Map<String, Object> properties = new LinkedHashMap<>(4);
        properties.put("code", region.code());
        properties.put("name", region.name());
        return properties;
    }
}
