package id.wilayah.importer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.wilayah.domain.region.Level;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NativeCsvReaderTest {
    private static NativeCsvReader reader(RegionFile file, String content) throws IOException {
        return new NativeCsvReader(file, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsVillagesWithTypeAndPostalCodeAndLineNumbers() throws IOException {
        try (NativeCsvReader csv = reader(RegionFile.VILLAGES,
                "code,district_code,name,type,postal_code\r\n"
                        + "1101012001,110101,Keude Bakongan,Desa,23773\r\n"
                        + "1101011001,110101,Kota,Kelurahan,\r\n")) {
            assertEquals(new RegionRow(Level.VILLAGE, 2, "1101012001", "110101", "Keude Bakongan", "DESA", "23773"),
                    csv.next());
            assertEquals(new RegionRow(Level.VILLAGE, 3, "1101011001", "110101", "Kota", "KELURAHAN", null),
                    csv.next());
            assertNull(csv.next());
        }
    }

    @Test
    void skipsAByteOrderMarkAndAcceptsLfAndQuotedCommas() throws IOException {
        try (NativeCsvReader csv = reader(RegionFile.DISTRICTS,
                "\uFEFFcode,regency_code,name\n120711,1207,\"Lubuk Pakam I,II\"\n")) {
            RegionRow row = csv.next();
            assertEquals("120711", row.code());
            assertEquals("1207", row.parentCode());
            assertEquals("Lubuk Pakam I,II", row.name());
            assertEquals(2, row.line());
        }
    }

    @Test
    void provincesHaveNoParentAndColumnOrderDoesNotMatter() throws IOException {
        try (NativeCsvReader csv = reader(RegionFile.PROVINCES, "name,code\nAceh,11\n")) {
            assertEquals(new RegionRow(Level.PROVINCE, 2, "11", null, "Aceh", null, null), csv.next());
        }
    }
}
