package id.wilayah.api.crosswalk;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Answers one input code of a crosswalk request: its region in {@code from} and the linked regions in {@code to}. */
final class CodeLookup {
    private static final Pattern DOTTED_DIGITS = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final int MAX_INPUT_LENGTH = 32;

    private final EditionPair pair;
    private final Crosswalk crosswalk;

    CodeLookup(EditionPair pair, Crosswalk crosswalk) {
        this.pair = pair;
        this.crosswalk = crosswalk;
    }

    /** Throws {@link InvalidInputException} for a malformed code, {@link NotFoundException} for one not in from. */
    CrosswalkAnswer answer(String raw) {
        String code = canonical(raw);
        Level level = Level.ofCode(code);
        RegionSnapshot source = pair.source();
        Region region = find(source, level, code).orElseThrow(() -> new NotFoundException("No " + level.label()
                + " " + code + " in edition " + source.edition().name()));
        List<CrosswalkLink> links = crosswalk.linksOf(code);
        List<CrosswalkAnswer.Counterpart> counterparts = new ArrayList<>(links.size());
        RegionSnapshot target = pair.target();
        for (CrosswalkLink link : links) {
            String name = find(target, level, link.toCode()).map(Region::name).orElse(null);
            counterparts.add(new CrosswalkAnswer.Counterpart(target.edition().name(), link.toCode(), name,
                    link.kind().label(), link.confidence()));
        }
        return new CrosswalkAnswer(level.label(),
                new CrosswalkAnswer.Side(source.edition().name(), code, region.name()), counterparts);
    }

    static String canonical(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.length() > MAX_INPUT_LENGTH || !DOTTED_DIGITS.matcher(trimmed).matches()) {
            throw invalid(raw);
        }
        String digits = trimmed.replace(".", "");
        if (Level.ofCode(digits) == null) {
            throw invalid(raw);
        }
        return digits;
    }

    private static InvalidInputException invalid(String raw) {
        return new InvalidInputException("Invalid code '" + RegionCode.printable(raw)
                + "': expected 2, 4, 6 or 7, or 10 digits, optionally separated by single dots");
    }

    static Optional<? extends Region> find(RegionSnapshot snapshot, Level level, String code) {
        return snapshot.level(level).find(code);
    }
}
