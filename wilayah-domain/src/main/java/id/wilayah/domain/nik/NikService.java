package id.wilayah.domain.nik;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Names the region a NIK was issued in. NIKs keep their district code for life, so a code that a later edition
 * dropped is still named from the newest retained Kemendagri edition that has it.
 */
@ApplicationScoped
public class NikService {
    @Inject
    EditionSnapshots snapshots;

    NikService() {
    }

    NikService(EditionSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    public NikRegion regionOf(Nik nik, RegionSnapshot requested) {
        Optional<NikRegion> found = in(requested, nik, true);
        if (found.isPresent()) {
            return found.get();
        }
        for (RegionSnapshot retained : snapshots.retained(CodeSystem.KEMENDAGRI, requested.edition())) {
            found = in(retained, nik, false);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new InvalidInputException(unknownRegion(nik, requested));
    }

    private static Optional<NikRegion> in(RegionSnapshot snapshot, Nik nik, boolean current) {
        Optional<District> district = snapshot.districts().find(nik.districtCode());
        return district.flatMap(d -> snapshot.regencies().find(nik.regencyCode())
                .flatMap(regency -> snapshot.provinces().find(nik.provinceCode())
                        .map(province -> new NikRegion(province, regency, d, snapshot.edition().name(), current))));
    }

    private static String unknownRegion(Nik nik, RegionSnapshot requested) {
        if (requested.provinces().find(nik.provinceCode()).isEmpty()) {
            return "Invalid NIK: unknown region, no province has code " + nik.provinceCode();
        }
        if (requested.regencies().find(nik.regencyCode()).isEmpty()) {
            return "Invalid NIK: unknown region, no kabupaten/kota has code " + nik.regencyCode();
        }
        return "Invalid NIK: unknown region, no kecamatan has code " + nik.districtCode();
    }
}
