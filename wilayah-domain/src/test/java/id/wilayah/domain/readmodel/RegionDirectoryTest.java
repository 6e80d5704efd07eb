package id.wilayah.domain.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.edition.EditionService;
import id.wilayah.domain.edition.event.EditionActivated;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Village;
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Former names are adopted only by the edition they were derived for. */
class RegionDirectoryTest {
    private static final EditionInfo OLDER = new EditionInfo(1, "kemendagri-2023", "KEMENDAGRI");
    private static final EditionInfo ACTIVE = new EditionInfo(2, "kemendagri-2025", "KEMENDAGRI");
    private static final List<FormerName> FORMER = List.of(
            new FormerName(Level.VILLAGE, "3204312005", "CIGENTUR LAMA", OLDER.name()));

    private final RegionDirectory directory = new RegionDirectory();
    private EditionInfo active = ACTIVE;

    @BeforeEach
    void wire() {
        directory.editions = new EditionService() {
            @Override
            public Optional<EditionInfo> activeEdition() {
                return Optional.of(active);
            }
        };
        directory.loader = new SnapshotLoader() {
            @Override
            public RegionSnapshot load(EditionInfo edition) {
                return new RegionSnapshot(edition, List.of(new Province("32", "JAWA BARAT", "JAWA BARAT")),
                        List.of(new Regency("3204", "32", "KABUPATEN BANDUNG", "Kabupaten", "KABUPATEN BANDUNG")),
                        List.of(new District("320431", "3204", "KERTASARI", "KERTASARI")),
                        List.of(new Village("3204312005", "320431", "NEGLAWANGI", "Desa", "40386", "NEGLAWANGI")));
            }
        };
    }

    @Test
    void adoptedFormerNamesAreReadByANewSnapshotSharingTheRegions() {
        directory.loadActiveEdition();
        RegionSnapshot before = directory.current();
        directory.adoptFormerNames(ACTIVE, FORMER);
        RegionSnapshot after = directory.current();

        assertNotSame(before, after);
        assertSame(after, after.own());
        assertSame(before.villages(), after.villages());
        assertNull(before.resolver().resolve("Desa Cigentur Lama, Kec. Kertasari", 5).candidates().get(0)
                .village());
        AddressCandidate best = after.resolver().resolve("Desa Cigentur Lama, Kec. Kertasari", 5).candidates().get(0);
        assertEquals("3204312005", best.village().code());
    }

    @Test
    void formerNamesDerivedForAnEditionNoLongerServedAreDropped() {
        directory.loadActiveEdition();
        active = OLDER;
        directory.onActivation(new EditionActivated(OLDER.id(), OLDER.name()));
        RegionSnapshot served = directory.current();

        directory.adoptFormerNames(ACTIVE, FORMER);

        assertSame(served, directory.current());
    }
}
