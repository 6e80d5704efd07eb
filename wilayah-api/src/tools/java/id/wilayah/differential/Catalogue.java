package id.wilayah.differential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The real codes and names the requests are drawn from, per level, read from our own server in its order (by code),
 * so that the same data and the same seed give the same requests.
 *
 * @param regions each level's regions
 */
record Catalogue(Map<Level, List<Region>> regions) {
    /** Every region of a level in one page: the surface has no upper bound on {@code limit}. */
    private static final int ALL = 1_000_000;

    record Region(String code, String name) {
    }

    Catalogue {
        regions = Map.copyOf(regions);
    }

    static Catalogue load(Server ours) throws IOException, InterruptedException {
        Map<Level, List<Region>> regions = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            String path = "/" + level.path() + "?limit=" + ALL;
            Server.Answer answer = ours.get(path);
            if (answer.status() != 200) {
                throw new IOException(ours.base() + path + " answered " + answer.status() + ": " + answer.body());
            }
            List<Region> listed = new ArrayList<>();
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                for (JsonObject item : reader.readObject().getJsonArray("data").getValuesAs(JsonObject.class)) {
                    listed.add(new Region(item.getString("code"), item.getString(level.nameField())));
                }
            }
            if (listed.isEmpty()) {
                throw new IOException(ours.base() + path + " listed no region");
            }
            regions.put(level, List.copyOf(listed));
        }
        return new Catalogue(regions);
    }

    List<Region> of(Level level) {
        return regions.get(level);
    }
}
