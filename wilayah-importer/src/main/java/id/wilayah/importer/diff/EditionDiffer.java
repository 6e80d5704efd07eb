package id.wilayah.importer.diff;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.NameKey;
import id.wilayah.domain.region.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two editions level by level, top down.
 * <ul>
 * <li>A code in both editions whose name changed is <em>respelled</em> when the two names have the same
 * {@link NameKey} (the crosswalk's normalisation: {@code KAB. ACEH SELATAN} and {@code Kabupaten Aceh Selatan},
 * {@code DKI JAKARTA} and {@code Daerah Khusus Ibukota Jakarta}), else <em>renamed</em>. Names differing in case only
 * are the same name, as editions differ in capitalisation only and names are served in one case.</li>
 * <li>A code only in {@code from} is <em>re-coded</em> when the crosswalk between the two editions links it to
 * exactly one region, that region's code is only in {@code to}, and no other such code links to it; the pair is then
 * neither removed nor added. Several old codes into one new one, or one into several, stay removed and added: that
 * is a merge or a split, not a new code for the same region.</li>
 * <li>A re-coded region is <em>re-parented</em> when its new parent is neither its old parent nor the region the old
 * parent was re-coded to: Sorong moved from Papua Barat into the new Papua Barat Daya, while Sorong's districts only
 * followed their re-coded regency.</li>
 * </ul>
 */
public final class EditionDiffer {
    private EditionDiffer() {
    }

    /**
     * {@code lineage} is the crosswalk from {@code from} to {@code to}; {@code geometry} the boundary changes per
     * level (a level absent from it has no boundary in either edition).
     */
    public static EditionDiff between(String fromName, EditionRows from, String toName, EditionRows to,
                                      Crosswalk lineage, Map<Level, EditionDiff.GeometryChanges> geometry) {
        List<EditionDiff.LevelDiff> levels = new ArrayList<>();
        Map<String, String> parentRecodes = Map.of();
        for (Level level : Level.values()) {
            LevelComparison comparison = new LevelComparison(level, from.level(level), to.level(level), lineage,
                    parentRecodes);
            levels.add(comparison.diff(geometry.getOrDefault(level, EditionDiff.GeometryChanges.NONE)));
            parentRecodes = comparison.recodes;
        }
        return new EditionDiff(fromName, toName, levels, islands(from.islands(), to.islands()));
    }

    private static EditionDiff.IslandChanges islands(Map<String, EditionRows.Entry> from,
                                                     Map<String, EditionRows.Entry> to) {
        int removed = 0;
        int renamed = 0;
        int moved = 0;
        for (Map.Entry<String, EditionRows.Entry> island : from.entrySet()) {
            EditionRows.Entry after = to.get(island.getKey());
            if (after == null) {
                removed++;
                continue;
            }
            if (!after.name().strip().equalsIgnoreCase(island.getValue().name().strip())) {
                renamed++;
            }
            if (!Objects.equals(after.parentCode(), island.getValue().parentCode())) {
                moved++;
            }
        }
        int added = to.size() - (from.size() - removed);
        return new EditionDiff.IslandChanges(from.size(), to.size(), added, removed, renamed, moved);
    }

    private static final class LevelComparison {
        private final Level level;
        private final Map<String, EditionRows.Entry> from;
        private final Map<String, EditionRows.Entry> to;
        private final Crosswalk lineage;
        private final Map<String, String> parentRecodes;
        private final TreeSet<String> added;
        private final TreeSet<String> removed;
        /** Old code to new code, for the level below. */
        private final Map<String, String> recodes = new HashMap<>();

        LevelComparison(Level level, Map<String, EditionRows.Entry> from, Map<String, EditionRows.Entry> to,
                        Crosswalk lineage, Map<String, String> parentRecodes) {
            this.level = level;
            this.from = from;
            this.to = to;
            this.lineage = lineage;
            this.parentRecodes = parentRecodes;
            this.added = new TreeSet<>(to.keySet());
            added.removeAll(from.keySet());
            this.removed = new TreeSet<>(from.keySet());
            removed.removeAll(to.keySet());
        }

        EditionDiff.LevelDiff diff(EditionDiff.GeometryChanges geometry) {
            List<EditionDiff.Recoded> recoded = recoded();
            recoded.forEach(recode -> {
                removed.remove(recode.fromCode());
                added.remove(recode.toCode());
            });
            List<EditionDiff.Reparented> reparented = reparented(recoded);
            List<EditionDiff.Renamed> renamed = new ArrayList<>();
            List<EditionDiff.Renamed> respelled = new ArrayList<>();
            for (String code : new TreeSet<>(from.keySet())) {
                EditionRows.Entry before = from.get(code);
                EditionRows.Entry after = to.get(code);
                if (after == null || before.name().strip().equalsIgnoreCase(after.name().strip())) {
                    continue;
                }
                EditionDiff.Renamed change = new EditionDiff.Renamed(code, before.name(), after.name());
                (key(before).equals(key(after)) ? respelled : renamed).add(change);
            }
            return new EditionDiff.LevelDiff(level.name(), added.size(), removed.size(), renamed.size(),
                    reparented.size(), first(List.copyOf(added)), first(List.copyOf(removed)), first(renamed),
                    first(reparented), respelled.size(), recoded.size(), first(respelled), first(recoded), geometry);
        }

        private List<EditionDiff.Recoded> recoded() {
            Map<String, Integer> linksInto = new HashMap<>();
            for (String code : removed) {
                links(code).forEach(link -> linksInto.merge(link.toCode(), 1, Integer::sum));
            }
            List<EditionDiff.Recoded> recoded = new ArrayList<>();
            for (String code : removed) {
                List<CrosswalkLink> links = links(code);
                if (links.size() != 1) {
                    continue;
                }
                CrosswalkLink link = links.get(0);
                if (added.contains(link.toCode()) && linksInto.get(link.toCode()) == 1) {
                    EditionRows.Entry before = from.get(code);
                    EditionRows.Entry after = to.get(link.toCode());
                    recoded.add(new EditionDiff.Recoded(code, link.toCode(), before.name(), after.name(),
                            before.parentCode(), after.parentCode(), link.kind().label(), link.confidence()));
                    recodes.put(code, link.toCode());
                }
            }
            return recoded;
        }

        private List<CrosswalkLink> links(String code) {
            return lineage.linksOf(code).stream().filter(link -> link.level() == level).toList();
        }

        private List<EditionDiff.Reparented> reparented(List<EditionDiff.Recoded> recoded) {
            List<EditionDiff.Reparented> moves = new ArrayList<>();
            for (EditionDiff.Recoded recode : recoded) {
                String oldParent = recode.fromParent();
                String newParent = recode.toParent();
                if (oldParent != null && !oldParent.equals(newParent)
                        && !newParent.equals(parentRecodes.get(oldParent))) {
                    moves.add(new EditionDiff.Reparented(recode.fromCode(), recode.toCode(), oldParent, newParent,
                            recode.toName()));
                }
            }
            return moves;
        }

        private String key(EditionRows.Entry entry) {
            return NameKey.of(level, entry.name(), entry.type());
        }
    }

    private static <T> List<T> first(List<T> all) {
        return all.size() <= EditionDiff.MAX_LISTED ? all : List.copyOf(all.subList(0, EditionDiff.MAX_LISTED));
    }
}
