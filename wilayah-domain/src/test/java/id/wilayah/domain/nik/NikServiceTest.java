package id.wilayah.domain.nik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NikServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static RegionSnapshot edition(long id, String name, List<District> districts) {
        return new RegionSnapshot(new EditionInfo(id, name, "KEMENDAGRI"),
                List.of(new Province("32", "JAWA BARAT", "JAWA BARAT")),
                List.of(new Regency("3204", "32", "KABUPATEN BANDUNG", "KABUPATEN", "KABUPATEN BANDUNG")),
                districts, List.of());
    }

    private final RegionSnapshot current = edition(2, "kemendagri-2025",
            List.of(new District("320431", "3204", "KERTASARI", "KERTASARI")));
    private final RegionSnapshot older = edition(1, "kemendagri-2023",
            List.of(new District("320431", "3204", "KERTASARI", "KERTASARI"),
                    new District("320499", "3204", "DISSOLVED", "DISSOLVED")));

    private final NikService service = new NikService(new EditionSnapshots() {
        @Override
        public List<RegionSnapshot> retained(CodeSystem system, EditionInfo excluded) {
            assertEquals(CodeSystem.KEMENDAGRI, system);
            return List.of(older);
        }
    });

    @Test
    void namesTheRegionFromTheRequestedEdition() {
        NikRegion region = service.regionOf(Nik.parse("3204310501900001", TODAY), current);
        assertEquals("KERTASARI", region.district().name());
        assertEquals("kemendagri-2025", region.edition());
        assertTrue(region.current());
    }

    @Test
    void namesADroppedDistrictFromARetainedEdition() {
        NikRegion region = service.regionOf(Nik.parse("3204990501900001", TODAY), current);
        assertEquals("DISSOLVED", region.district().name());
        assertEquals("kemendagri-2023", region.edition());
        assertFalse(region.current());
    }

    @Test
    void unknownEverywhereIsABadRequestNamingTheLevel() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.regionOf(Nik.parse("3204980501900001", TODAY), current));
        assertTrue(e.getMessage().contains("no kecamatan has code 320498"), e.getMessage());
        InvalidInputException province = assertThrows(InvalidInputException.class,
                () -> service.regionOf(Nik.parse("9904310501900001", TODAY), current));
        assertTrue(province.getMessage().contains("no province has code 99"), province.getMessage());
    }
}
