package id.wilayah.api.pulau;

import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.domain.island.Island;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Island shapes in the codes a request speaks: the islands are stored under the edition's own region codes, so the
 * regency and province are looked up by those and answered as the request's snapshot names them.
 */
final class PulauViews {
    private final RegionSnapshot snapshot;
    private final HttpServletRequest request;

    PulauViews(RegionSnapshot snapshot, HttpServletRequest request) {
        this.snapshot = snapshot;
        this.request = request;
    }

    PulauItem item(Island island) {
        return new PulauItem(island.code(), island.name(),
                region(Level.REGENCY, island.regencyCode()).map(Region::code).orElse(null), island.lat(),
                island.lng(), island.populated(), island.outermost());
    }

    PulauDetail detail(Island island) {
        return new PulauDetail(island.code(), island.name(), island.lat(), island.lng(), island.populated(),
                island.outermost(), region(Level.REGENCY, island.regencyCode()).map(PulauViews::named).orElse(null),
                region(Level.PROVINCE, island.provinceCode()).map(PulauViews::named).orElse(null));
    }

    private Optional<Region> region(Level level, String ownCode) {
        if (ownCode == null) {
            return Optional.empty();
        }
        Optional<Region> region = snapshot.fromOwnCode(level, ownCode);
        region.ifPresent(found -> RequestedCodes.noteUntranslated(request, snapshot, found));
        return region;
    }

    private static PulauRegion named(Region region) {
        return new PulauRegion(region.code(), region.name());
    }
}
