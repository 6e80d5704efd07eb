package id.wilayah.admin.editions;

import id.wilayah.importer.diff.EditionDiff.GeometryChanges;
import id.wilayah.importer.diff.EditionDiff.Recoded;
import id.wilayah.importer.diff.EditionDiff.Renamed;
import id.wilayah.importer.diff.EditionDiff.Reparented;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The first few codes of each change in a diff: enough to recognise it, short enough to read in a table cell. */
@Named("samples")
@ApplicationScoped
public class DiffSamples {
    static final int SHOWN = 5;

    public String codes(List<String> codes) {
        return sample(codes, Function.identity());
    }

    public String renames(List<Renamed> renames) {
        return sample(renames, rename -> rename.code() + " " + rename.fromName() + " → " + rename.toName());
    }

    public String moves(List<Reparented> moves) {
        return sample(moves, move -> move.name() + " " + move.fromCode() + " → " + move.toCode());
    }

    /** The name once when only the code changed, both names when the region was renamed too. */
    public String recodes(List<Recoded> recodes) {
        return sample(recodes, recode -> recode.fromCode() + " → " + recode.toCode() + " " + recode.fromName()
                + (recode.fromName().equalsIgnoreCase(recode.toName()) ? "" : " → " + recode.toName()));
    }

    /** A diff recorded before boundaries were compared has none to show. */
    public String boundaries(GeometryChanges changes) {
        return changes == null ? "–" : changes.added() + " / " + changes.removed() + " / " + changes.changed();
    }

    private static <T> String sample(List<T> items, Function<T, String> label) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        String shown = items.stream().limit(SHOWN).map(label).collect(Collectors.joining(", "));
        return items.size() > SHOWN ? shown + ", …" : shown;
    }
}
