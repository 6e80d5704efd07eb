package id.wilayah.importer.crosswalk;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.region.Region;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** For one level: how many source regions are linked, counted by the kind of their first (strongest) link. */
record LevelShare(int sources, int linked, Map<MatchKind, Integer> byKind, int weakLinks) {

    static LevelShare of(List<? extends Region> sources, Crosswalk crosswalk) {
        Map<MatchKind, Integer> byKind = new EnumMap<>(MatchKind.class);
        int linked = 0;
        int weak = 0;
        for (Region source : sources) {
            List<CrosswalkLink> links = crosswalk.linksOf(source.code());
            if (!links.isEmpty()) {
                linked++;
                byKind.merge(links.get(0).kind(), 1, Integer::sum);
                weak += (int) links.stream().filter(Crosswalk::needsReview).count();
            }
        }
        return new LevelShare(sources.size(), linked, byKind, weak);
    }

    double linkedShare() {
        return sources == 0 ? 1 : (double) linked / sources;
    }
}
