package id.wilayah.api.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.geo.GeoModel;
import id.wilayah.domain.geo.LevelShapes;
import id.wilayah.domain.geo.RegionShape;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.geo.Shape;
import id.wilayah.domain.readmodel.SnapshotCodes;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.geo.GeometryFileReader;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Tiles drawn from the bundled provinces and regencies of kemendagri-2025, read back with the library's decoder. */
class TileRendererTest {
    private static final BundledDataset DATASET = BundledDataset.KEMENDAGRI_2025;

    private static final CoarseShapes COARSE = new CoarseShapes();

    private static GeoModel geo;
    private static RegionSnapshot snapshot;

    @BeforeAll
    static void readProvincesAndRegencies() throws IOException {
        List<Province> provinces = new ArrayList<>();
        List<Regency> regencies = new ArrayList<>();
        for (RegionRow row : rows(RegionFile.PROVINCES)) {
            provinces.add(new Province(row.code(), upper(row), upper(row)));
        }
        for (RegionRow row : rows(RegionFile.REGENCIES)) {
            if (!row.code().equals("3273")) {
                regencies.add(new Regency(row.code(), row.code().substring(0, 2), upper(row), "", upper(row)));
            }
        }
        snapshot = new RegionSnapshot(new EditionInfo(1, "kemendagri-2025", "KEMENDAGRI"), provinces, regencies,
                List.of(), List.of());
        Map<Level, LevelShapes> levels = new EnumMap<>(Level.class);
        levels.put(Level.PROVINCE, new LevelShapes(shapes(RegionFile.PROVINCES)));
        levels.put(Level.REGENCY, new LevelShapes(shapes(RegionFile.REGENCIES)));
        geo = new GeoModel(levels);
    }

    @Test
    void aBandungTileAtZoom10HasKabupatenBandungWithCodeAndNameInTheKotaLayer() throws IOException {
        JtsMvt tile = decode(TileRenderer.render(geo, COARSE, snapshot, at(10, -7.05, 107.6)));
        Geometry bandung = feature(tile.getLayer("kota"), "3204").orElseThrow();
        assertEquals(Map.of("code", "3204", "name", "KABUPATEN BANDUNG"), bandung.getUserData());
        assertTrue(bandung.getArea() > 4096.0 * 4096 / 10, "Kabupaten Bandung covers much of the tile");
        assertEquals("JAWA BARAT", ((Map<?, ?>) feature(tile.getLayer("provinsi"), "32").orElseThrow()
                .getUserData()).get("name"));
    }

    @Test
    void aRegionTheEditionDoesNotListIsLeftOut() throws IOException {
        JtsMvt tile = decode(TileRenderer.render(geo, COARSE, snapshot, at(10, -6.92, 107.6)));
        assertTrue(feature(tile.getLayer("kota"), "3204").isPresent());
        assertTrue(feature(tile.getLayer("kota"), "3273").isEmpty(), "Kota Bandung has a shape but no row here");
    }

    @Test
    void featuresAreClippedToTheTileAndItsBuffer() throws IOException {
        JtsMvt tile = decode(TileRenderer.render(geo, COARSE, snapshot, at(12, -7.05, 107.6)));
        for (JtsLayer layer : tile.getLayers()) {
            for (Geometry feature : layer.getGeometries()) {
                for (Coordinate point : feature.getCoordinates()) {
                    assertTrue(point.x >= -64 && point.x <= 4160 && point.y >= -64 && point.y <= 4160,
                            layer.getName() + " " + point);
                }
            }
        }
    }

    @Test
    void belowZoom5OnlyProvincesAreDrawn() throws IOException {
        JtsMvt tile = decode(TileRenderer.render(geo, COARSE, snapshot, at(4, -7.05, 107.6)));
        assertNotNull(tile.getLayer("provinsi"));
        assertNull(tile.getLayer("kota"));
        assertNotNull(decode(TileRenderer.render(geo, COARSE, snapshot, at(5, -7.05, 107.6))).getLayer("kota"));
    }

    @Test
    void aTileWithNoRegionInItIsEmpty() {
        assertEquals(0, TileRenderer.render(geo, COARSE, snapshot, at(6, -20, 80)).length, "the Indian Ocean");
        assertFalse(TileRenderer.render(geo, COARSE, snapshot, at(0, 0, 0)).length == 0, "the world holds Indonesia");
    }

    @Test
    void featuresCarryTheCodesOfTheRequestsCodeSystem() throws IOException {
        District kertasari = new District("320431", "3204", "KERTASARI", "KERTASARI");
        RegionSnapshot own = new RegionSnapshot(new EditionInfo(1, "kemendagri-2025", "KEMENDAGRI"), List.of(),
                List.of(), List.of(kertasari), List.of());
        District inBps = new District("3204050", "3204", "KERTASARI", "KERTASARI");
        RegionSnapshot bps = new RegionSnapshot(own, List.of(), List.of(), List.of(inBps), List.of(),
                new SnapshotCodes("BPS", Set.of(), Set.of(), Set.of(), Set.of(), Map.of(inBps, "320431"),
                        Map.of(Level.DISTRICT, Map.of("320431", inBps))));
        Shape square = Shape.of(new GeometryFactory().toGeometry(new Envelope(107.6, 107.75, -7.3, -7.15)));
        GeoModel districts = new GeoModel(Map.of(Level.DISTRICT,
                new LevelShapes(List.of(RegionShape.of("320431", square)))));
        TileAddress tile = at(10, -7.2, 107.68);
        assertTrue(feature(decode(TileRenderer.render(districts, new CoarseShapes(), own, tile))
                .getLayer("kecamatan"), "320431").isPresent());
        assertEquals(Map.of("code", "3204050", "name", "KERTASARI"), feature(decode(TileRenderer.render(districts,
                new CoarseShapes(), bps, tile)).getLayer("kecamatan"), "3204050").orElseThrow().getUserData());
    }

    @Test
    void lowZoomsDrawFromFewerPointsOfTheSameRegionsAndFromZoom8OnFromTheFullShapes() {
        LevelShapes full = geo.level(Level.REGENCY);
        LevelShapes zoom5 = COARSE.level(geo, Level.REGENCY, 5);
        assertTrue(zoom5.pointCount() < full.pointCount() * 0.7, zoom5.pointCount() + " of " + full.pointCount());
        assertEquals(full.size(), zoom5.size(), "no regency is too small to be seen at zoom 5");
        assertSame(zoom5, COARSE.level(geo, Level.REGENCY, 5), "made once");
        assertSame(full, COARSE.level(geo, Level.REGENCY, CoarseShapes.DETAILED_FROM));
    }

    /** The tile holding the point, by the XYZ scheme's usual formula. */
    private static TileAddress at(int z, double lat, double lng) {
        double n = 1 << z;
        int x = (int) Math.floor((lng + 180) / 360 * n);
        double latRad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n);
        return new TileAddress(z, x, y);
    }

    private static JtsMvt decode(byte[] tile) throws IOException {
        return MvtReader.loadMvt(new ByteArrayInputStream(tile), new GeometryFactory(), new TagKeyValueMapConverter());
    }

    private static Optional<Geometry> feature(JtsLayer layer, String code) {
        assertNotNull(layer);
        return layer.getGeometries().stream()
                .filter(feature -> code.equals(((Map<?, ?>) feature.getUserData()).get("code")))
                .findFirst();
    }

    /** Names as the snapshot holds them by default (wilayah.api.name-case UPPER). */
    private static String upper(RegionRow row) {
        return row.name().toUpperCase(Locale.ROOT);
    }

    private static List<RegionRow> rows(RegionFile file) throws IOException {
        List<RegionRow> rows = new ArrayList<>();
        try (RegionFileReader reader = new RegionFileReader(file, DATASET.open(file))) {
            for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<RegionShape> shapes(RegionFile file) throws IOException {
        List<RegionShape> shapes = new ArrayList<>();
        try (InputStream in = DATASET.openGeometry(file, Long.MAX_VALUE).orElseThrow()) {
            GeometryFileReader.read(file, in, code -> true, shapes::add, problem -> { });
        }
        return shapes;
    }
}
