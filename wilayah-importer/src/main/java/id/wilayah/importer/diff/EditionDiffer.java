package id.wilayah.importer.diff;

import id.wilayah.domain.region.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two editions by code: added and removed codes, codes whose name changed (ignoring case, since editions
 * differ in capitalisation only), and regions that moved: a removed and an added code with the same name under
 * different parents, where that name is unique among the level's removed and added codes.
 */
public final class EditionDiffer {
    private EditionDiffer() {
    }

    public static EditionDiff between(String fromName, EditionRows from, String toName, EditionRows to) {
        List<EditionDiff.LevelDiff> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(level(level, from.level(level), to.level(level)));
        }
        return new EditionDiff(fromName, toName, levels);
    }

    private static EditionDiff.LevelDiff level(Level level, Map<String, EditionRows.Entry> from,
                                               Map<String, EditionRows.Entry> to) {
        TreeSet<String> added = new TreeSet<>(to.keySet());
        added.removeAll(from.keySet());
        TreeSet<String> removed = new TreeSet<>(from.keySet());
        removed.removeAll(to.keySet());
        List<EditionDiff.Renamed> renamed = new ArrayList<>();
        for (String code : new TreeSet<>(from.keySet())) {
            EditionRows.Entry after = to.get(code);
            EditionRows.Entry before = from.get(code);
            if (after != null && !before.name().strip().equalsIgnoreCase(after.name().strip())) {
                renamed.add(new EditionDiff.Renamed(code, before.name(), after.name()));
            }
        }
        List<EditionDiff.Reparented> reparented = reparented(removed, from, added, to);
        return new EditionDiff.LevelDiff(level.name(), added.size(), removed.size(), renamed.size(),
                reparented.size(), first(List.copyOf(added)), first(List.copyOf(removed)), first(renamed),
                first(reparented));
    }

    private static List<EditionDiff.Reparented> reparented(TreeSet<String> removed,
                                                           Map<String, EditionRows.Entry> from,
                                                           TreeSet<String> added, Map<String, EditionRows.Entry> to) {
        Map<String, String> removedByName = uniqueByName(removed, from);
        Map<String, String> addedByName = uniqueByName(added, to);
        List<EditionDiff.Reparented> moves = new ArrayList<>();
        for (String toCode : added) {
            EditionRows.Entry after = to.get(toCode);
            String key = comparable(after.name());
            String fromCode = removedByName.get(key);
            if (fromCode == null || !toCode.equals(addedByName.get(key))) {
                continue;
            }
            EditionRows.Entry before = from.get(fromCode);
            if (before.parentCode() != null && !before.parentCode().equals(after.parentCode())) {
                moves.add(new EditionDiff.Reparented(fromCode, toCode, before.parentCode(), after.parentCode(),
                        after.name()));
            }
        }
        return moves;
    }

    /** Name to code, leaving out names shared by several codes (no way to tell which one moved). */
    private static Map<String, String> uniqueByName(TreeSet<String> codes, Map<String, EditionRows.Entry> rows) {
        Map<String, String> byName = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String code : codes) {
            String key = comparable(rows.get(code).name());
            byName.put(key, code);
            seen.merge(key, 1, Integer::sum);
        }
        seen.forEach((name, count) -> {
            if (count > 1) {
                byName.remove(name);
            }
        });
        return byName;
    }

    /** Editions spell the same regency "KAB. SORONG" and "Kabupaten Sorong". */
    static String comparable(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceFirst("^KAB\\.\\s*", "KABUPATEN ").replaceAll("\\s+", " ");
    }

    private static <T> List<T> first(List<T> all) {
        return all.size() <= EditionDiff.MAX_LISTED ? all : List.copyOf(all.subList(0, EditionDiff.MAX_LISTED));
    }
}
