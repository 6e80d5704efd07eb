package id.wilayah.admin.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The tile server an operator configures is the only other site the console's pages may load images from. */
class MapTilesTest {
    @Test
    void aSubdomainPlaceholderAdmitsThatDomainsSubdomains() {
        assertEquals("https://*.tile.openstreetmap.org",
                MapTiles.imageSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"));
    }

    @Test
    void aFixedHostIsAdmittedWithItsPort() {
        assertEquals("http://127.0.0.1:8081", MapTiles.imageSource("http://127.0.0.1:8081/tiles/{z}/{x}/{y}.png"));
        assertEquals("https://tiles.example.id", MapTiles.imageSource("https://tiles.example.id?z={z}&x={x}&y={y}"));
    }

    @Test
    void aPlaceholderInsideTheHostAdmitsTheSchemeOnly() {
        assertEquals("https:", MapTiles.imageSource("https://tiles-{s}.example.id/{z}/{x}/{y}.png"));
    }

    @Test
    void tilesFromThisServerNeedNoOtherSource() {
        assertEquals("'self'", MapTiles.imageSource("/tiles/{z}/{x}/{y}.png"));
    }

    @Test
    void aTemplateThatIsNoWebUrlOrWouldRewriteThePolicyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MapTiles.imageSource("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> MapTiles.imageSource("//cdn.example/{z}/{x}/{y}.png"));
        assertThrows(IllegalArgumentException.class, () -> MapTiles.imageSource("ftp://tiles.example/{z}.png"));
        assertThrows(IllegalArgumentException.class,
                () -> MapTiles.imageSource("https://a.example; script-src *;/{z}/{x}/{y}.png"));
        assertThrows(IllegalArgumentException.class, () -> MapTiles.imageSource("https://user@tiles.example/{z}"));
    }
}
