package id.wilayah.importer.diff;

import id.wilayah.domain.region.Level;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The codes of one edition with their parent code and name (and a regency's type, which names its kind when the name
 * does not), per level: what a diff compares.
 */
public final class EditionRows {
    public record Entry(String parentCode, String name, String type) {
    }

    private final Map<Level, Map<String, Entry>> byLevel = new EnumMap<>(Level.class);
    private final Map<String, Entry> islands = new HashMap<>();

    public EditionRows() {
        for (Level level : Level.values()) {
            byLevel.put(level, new HashMap<>());
        }
    }

    public void add(Level level, String code, String parentCode, String name, String type) {
        byLevel.get(level).put(code, new Entry(parentCode, name, type));
    }

    public Map<String, Entry> level(Level level) {
        return byLevel.get(level);
    }

    /** An island, with its regency's code as parent (null for an island assigned to a province only). */
    public void addIsland(String code, String regencyCode, String name) {
        islands.put(code, new Entry(regencyCode, name, null));
    }

    public Map<String, Entry> islands() {
        return islands;
    }
}
