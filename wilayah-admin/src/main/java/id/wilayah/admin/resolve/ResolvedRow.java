package id.wilayah.admin.resolve;

import id.wilayah.domain.region.Region;
import id.wilayah.domain.resolve.AddressCandidate;
import id.wilayah.domain.resolve.AddressResolver;
import id.wilayah.domain.resolve.Resolution;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One pasted address and the likeliest reading of it, level by level ({@code null} where the reading names no region
 * of that level), with the other readings in short. {@code confidence} is null when nothing was recognised.
 */
public record ResolvedRow(String input, Place province, Place regency, Place district, Place village, String postalCode,
                   Double confidence, List<String> notes, List<String> others, String rest) implements Serializable {
    /** Below this, a reading is marked for review: the calibrated threshold above which at most 1 in 200 is wrong. */
    static final double CONFIDENT = 0.9;
    /** The likeliest reading and up to two more, enough to show an administrator what an ambiguous line fits. */
    static final int CANDIDATES = 3;

    static ResolvedRow of(String input, AddressResolver resolver) {
        if (input.length() > AddressLines.MAX_ADDRESS_CHARS) {
            return unresolved(input, "longer than " + AddressLines.MAX_ADDRESS_CHARS + " characters: not resolved");
        }
        Resolution resolution = resolver.resolve(input, CANDIDATES);
        List<AddressCandidate> candidates = resolution.candidates();
        if (candidates.isEmpty()) {
            return unresolved(input, "no region recognised");
        }
        AddressCandidate best = candidates.get(0);
        List<String> others = new ArrayList<>();
        for (AddressCandidate other : candidates.subList(1, candidates.size())) {
            Region deepest = deepest(other);
            others.add(deepest.name() + " " + deepest.code() + " (" + other.confidence() + ")");
        }
        return new ResolvedRow(input, Place.of(best.province()), Place.of(best.regency()), Place.of(best.district()),
                Place.of(best.village()), best.postalCode(), best.confidence(), List.copyOf(best.notes()),
                List.copyOf(others), resolution.rest());
    }

    private static ResolvedRow unresolved(String input, String note) {
        return new ResolvedRow(input, null, null, null, null, null, null, List.of(note), List.of(), null);
    }

    private static Region deepest(AddressCandidate candidate) {
        if (candidate.village() != null) {
            return candidate.village();
        }
        if (candidate.district() != null) {
            return candidate.district();
        }
        return candidate.regency() != null ? candidate.regency() : candidate.province();
    }

    /** Whether an administrator should check this row: a reading below {@link #CONFIDENT}, or none at all. */
    public boolean isDoubtful() {
        return confidence == null || confidence < CONFIDENT;
    }

    /** A region of the reading, as the page and the download show it. */
    public record Place(String code, String name) implements Serializable {
        static Place of(Region region) {
            return region == null ? null : new Place(region.code(), region.name());
        }
    }
}
