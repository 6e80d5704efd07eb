package id.wilayah.api.http.compression;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseCompressionTest {
    @Test
    void gzipIsSentOnlyToClientsThatAcceptIt() {
        assertTrue(ResponseCompression.acceptsGzip("gzip"));
        assertTrue(ResponseCompression.acceptsGzip("deflate, gzip;q=0.8, br"));
        assertTrue(ResponseCompression.acceptsGzip("GZIP"));
        assertTrue(ResponseCompression.acceptsGzip("*"));
        assertFalse(ResponseCompression.acceptsGzip(null));
        assertFalse(ResponseCompression.acceptsGzip("identity"));
        assertFalse(ResponseCompression.acceptsGzip("br, deflate"));
        assertFalse(ResponseCompression.acceptsGzip("gzip;q=0"));
        assertFalse(ResponseCompression.acceptsGzip("gzip; q=0.0, identity"));
        assertFalse(ResponseCompression.acceptsGzip("gzip;q=x"));
    }

    @Test
    void textualTypesAndVectorTilesAreCompressedWhateverTheirParameters() {
        assertTrue(ResponseCompression.isCompressible("application/json"));
        assertTrue(ResponseCompression.isCompressible("text/csv; charset=UTF-8"));
        assertTrue(ResponseCompression.isCompressible("Application/Problem+JSON"));
        assertTrue(ResponseCompression.isCompressible("text/html;charset=UTF-8"));
        assertTrue(ResponseCompression.isCompressible("application/vnd.mapbox-vector-tile"));
        assertFalse(ResponseCompression.isCompressible("image/png"));
        assertFalse(ResponseCompression.isCompressible(null));
    }
}
