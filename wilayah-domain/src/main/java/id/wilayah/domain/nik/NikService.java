package id.wilayah.domain.nik;

import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.readmodel.EditionSnapshots;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Names the region a NIK was issued in. NIKs keep their district code for life, while editions re-code, split and
 * merge districts. So a district code the requested edition lacks is looked up in the retained Kemendagri editions,
 * newest first by decree year, and followed through the chain of crosswalks from that edition to the requested one
 * (the code lineage, each step between consecutive editions) to the
 * requested edition's district, saying so. Only when no retained edition's lineage leads anywhere is the region named
 * from the newest retained edition that has the code, as it was then.
 */
@ApplicationScoped
public class NikService {
    private static final Logger LOG = Logger.getLogger(NikService.class.getName());

    /** The strongest link first; among equals the better match kind, then the lower code, so answers are stable. */
    private static final Comparator<CrosswalkLink> STRONGEST = Comparator
            .comparingDouble(CrosswalkLink::confidence).reversed()
            .thenComparing(link -> link.kind().ordinal())
            .thenComparing(CrosswalkLink::toCode);

    @Inject
    EditionSnapshots snapshots;

    @Inject
    Crosswalks crosswalks;

    NikService() {
    }

    NikService(EditionSnapshots snapshots, Crosswalks crosswalks) {
        this.snapshots = snapshots;
        this.crosswalks = crosswalks;
    }

    public NikRegion regionOf(Nik nik, RegionSnapshot requested) {
        Optional<NikRegion> found = in(requested, nik, true);
        if (found.isPresent()) {
            return found.get();
        }
        Optional<NikRegion> asItWas = Optional.empty();
        for (EditionInfo edition : snapshots.lineage(CodeSystem.KEMENDAGRI, requested.edition())) {
            if (!snapshots.has(edition, Level.DISTRICT, nik.districtCode())) {
                continue;
            }
            RegionSnapshot retained = snapshots.byName(edition.name(), true);
            Optional<District> district = retained.districts().find(nik.districtCode());
            if (district.isEmpty()) {
                continue;
            }
            Optional<NikRegion> followed = followed(district.get(), retained, requested);
            if (followed.isPresent()) {
                return followed.get();
            }
            if (asItWas.isEmpty()) {
                asItWas = in(retained, nik, false);
            }
        }
        return asItWas.orElseThrow(() -> new InvalidInputException(unknownRegion(nik, requested)));
    }

    /** The requested edition's district the retained one's district became, by the strongest crosswalk link. */
    private Optional<NikRegion> followed(District old, RegionSnapshot retained, RegionSnapshot requested) {
        List<CrosswalkLink> links;
        try {
            links = crosswalks.of(new EditionPair(retained, requested)).linksOf(old.code());
        } catch (RuntimeException e) {
            // A crosswalk neither kept nor readable (the database is away) must not fail a decoding that can still
            // name the region as the retained edition knows it.
            LOG.warning(() -> "NIK lineage " + retained.edition().name() + " → " + requested.edition().name()
                    + " unavailable, the region is named as " + retained.edition().name() + " knows it: " + e);
            return Optional.empty();
        }
        return links.stream().filter(link -> link.level() == Level.DISTRICT).sorted(STRONGEST)
                .flatMap(link -> requested.districts().find(link.toCode())
                        .flatMap(district -> requested.regencies().find(district.regencyCode())
                                .flatMap(regency -> requested.provinces().find(regency.provinceCode())
                                        .map(province -> new NikRegion(province, regency, district,
                                                requested.edition().name(), true,
                                                new NikLineage(retained.edition().name(), old.code(), old.name(),
                                                        link.kind(), link.confidence())))))
                        .stream())
                .findFirst();
    }

    private static Optional<NikRegion> in(RegionSnapshot snapshot, Nik nik, boolean current) {
        Optional<District> district = snapshot.districts().find(nik.districtCode());
        return district.flatMap(d -> snapshot.regencies().find(nik.regencyCode())
                .flatMap(regency -> snapshot.provinces().find(nik.provinceCode())
                        .map(province -> new NikRegion(province, regency, d, snapshot.edition().name(), current,
                                null))));
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
