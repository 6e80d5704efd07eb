package id.wilayah.domain.resolve.history;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.resolve.AddressResolver.FormerName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of an older edition's regions that their counterparts of today no longer bear. Only a confident link
 * between exactly one region on each side carries a name over: the part of a split region or one of several merged
 * ones does not answer to the whole's old name, and a link left for review is not yet known to be the same place.
 */
public final class FormerNames {
    private FormerNames() {
    }

    /** {@code crosswalk} links {@code older} to {@code today}. */
    public static List<FormerName> of(Crosswalk crosswalk, RegionSnapshot older, RegionSnapshot today) {
        Map<String, Integer> linksInto = new HashMap<>();
        crosswalk.links().forEach(link -> linksInto.merge(link.toCode(), 1, Integer::sum));
        List<FormerName> formerNames = new ArrayList<>();
        for (CrosswalkLink link : crosswalk.links()) {
            if (Crosswalk.needsReview(link) || crosswalk.linksOf(link.fromCode()).size() != 1
                    || linksInto.get(link.toCode()) != 1) {
                continue;
            }
            Optional<Region> then = older.fromOwnCode(link.level(), link.fromCode());
            Optional<Region> now = today.fromOwnCode(link.level(), link.toCode());
            if (then.isPresent() && now.isPresent()
                    && !lettersAndDigits(then.get()).equals(lettersAndDigits(now.get()))) {
                formerNames.add(new FormerName(link.level(), link.toCode(), then.get().name(),
                        older.edition().name()));
            }
        }
        return formerNames;
    }

    /** Names differing only in spaces and punctuation ({@code KASSI - KASSI}, {@code KASSI-KASSI}) are one name. */
    private static String lettersAndDigits(Region region) {
        return region.searchKey().replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
