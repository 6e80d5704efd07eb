package id.wilayah.importer.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.wilayah.domain.region.Level;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeferredGeometryImportTest {
    @Test
    void theFirstStartsLevelsAreNamedAsTheApiNamesThem() {
        assertEquals(EnumSet.allOf(Level.class), DeferredGeometryImport.levels("provinsi,kota,kecamatan,kelurahan"));
        assertEquals(EnumSet.of(Level.PROVINCE, Level.REGENCY), DeferredGeometryImport.levels(" provinsi , kota "));
        assertEquals(Set.of(), DeferredGeometryImport.levels(""));
        assertThrows(IllegalArgumentException.class, () -> DeferredGeometryImport.levels("villages"));
    }
}
