package id.wilayah.differential;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares our answer with the peer's after normalisation: object keys in any order, numbers as numbers, names
 * (the {@code province}, {@code regency}, {@code district} and {@code village} fields) case-blind, and lists either
 * as sets keyed by {@code code} or in the peer's order. The peer's lists come from an SQL query without ORDER BY, so
 * their order is the database's and unspecified: sets are the default. An error answer is compared on its status and
 * {@code statusCode}, and on {@code message} when the peer's is a string: the peer's validation errors carry arrays
 * of framework messages (NestJS class-validator) that no client reads.
 */
final class AnswerComparison {
    /** How list items are matched. */
    enum Order {
        /** as sets: items matched by their code (the peer's order is unspecified) */
        SET,
        /** position by position, as the peer orders them */
        PEER
    }

    private static final Set<String> NAME_FIELDS = Set.of("province", "regency", "district", "village");
    private static final Set<String> COUNT_FIELDS = Set.of("total");
    private static final int SHOWN = 120;
    private static final int SHOWN_CODES = 5;

    private final Order order;

    AnswerComparison(Order order) {
        this.order = order;
    }

    List<Difference> compare(Server.Answer peer, Server.Answer ours) {
        List<Difference> differences = new ArrayList<>();
        if (peer.status() != ours.status()) {
            boolean kept = peer.status() >= 500 && ours.status() >= 400 && ours.status() < 500;
            differences.add(new Difference(kept ? Difference.Kind.KEPT_CLIENT_ERROR : Difference.Kind.DIFFERENT_STATUS,
                    "status", String.valueOf(peer.status()), String.valueOf(ours.status())));
            return differences;
        }
        Optional<JsonValue> peerJson = parsed(peer.body());
        Optional<JsonValue> ourJson = parsed(ours.body());
        if (peerJson.isEmpty() || ourJson.isEmpty()) {
            if (!peer.body().strip().equals(ours.body().strip())) {
                differences.add(new Difference(Difference.Kind.DIFFERENT_VALUE, "$", shown(peer.body()),
                        shown(ours.body())));
            }
            return differences;
        }
        if (peer.status() >= 400) {
            boolean messages = peerJson.get() instanceof JsonObject body && body.get("message") instanceof JsonString;
            compare("$", null, errorPart(peerJson.get(), messages), errorPart(ourJson.get(), messages), differences);
        } else {
            compare("$", null, peerJson.get(), ourJson.get(), differences);
        }
        return differences;
    }

    private void compare(String path, String field, JsonValue peer, JsonValue ours, List<Difference> differences) {
        if (kind(peer) != kind(ours)) {
            differences.add(new Difference(Difference.Kind.DIFFERENT_VALUE, path, shown(peer), shown(ours)));
            return;
        }
        switch (peer.getValueType()) {
            case OBJECT -> compareObjects(path, peer.asJsonObject(), ours.asJsonObject(), differences);
            case ARRAY -> compareArrays(path, peer.asJsonArray(), ours.asJsonArray(), differences);
            case NUMBER -> {
                if (((JsonNumber) peer).bigDecimalValue().compareTo(((JsonNumber) ours).bigDecimalValue()) != 0) {
                    differences.add(new Difference(COUNT_FIELDS.contains(field) ? Difference.Kind.DIFFERENT_COUNT
                            : Difference.Kind.DIFFERENT_VALUE, path, shown(peer), shown(ours)));
                }
            }
            case STRING -> {
                if (!text(field, (JsonString) peer).equals(text(field, (JsonString) ours))) {
                    differences.add(new Difference(Difference.Kind.DIFFERENT_VALUE, path, shown(peer), shown(ours)));
                }
            }
            default -> {
                // true, false and null are equal when their types are
            }
        }
    }

    private void compareObjects(String path, JsonObject peer, JsonObject ours, List<Difference> differences) {
        for (Map.Entry<String, JsonValue> field : peer.entrySet()) {
            String fieldPath = child(path, field.getKey());
            if (!ours.containsKey(field.getKey())) {
                differences.add(new Difference(Difference.Kind.MISSING_FIELD, fieldPath, shown(field.getValue()),
                        Difference.ABSENT));
            } else {
                compare(fieldPath, field.getKey(), field.getValue(), ours.get(field.getKey()), differences);
            }
        }
        for (Map.Entry<String, JsonValue> field : ours.entrySet()) {
            if (!peer.containsKey(field.getKey())) {
                differences.add(new Difference(Difference.Kind.EXTRA_FIELD, child(path, field.getKey()),
                        Difference.ABSENT, shown(field.getValue())));
            }
        }
    }

    private void compareArrays(String path, JsonArray peer, JsonArray ours, List<Difference> differences) {
        if (peer.size() != ours.size()) {
            differences.add(new Difference(Difference.Kind.DIFFERENT_COUNT, path + ".length",
                    peer.size() + " items" + onlyIn(peer, ours), ours.size() + " items" + onlyIn(ours, peer)));
        }
        if (order == Order.PEER) {
            for (int i = 0; i < Math.min(peer.size(), ours.size()); i++) {
                compare(path + "[" + i + "]", null, peer.get(i), ours.get(i), differences);
            }
            return;
        }
        Map<String, JsonValue> peerItems = byKey(peer);
        Map<String, JsonValue> ourItems = byKey(ours);
        List<String> peerOnly = new ArrayList<>();
        for (Map.Entry<String, JsonValue> item : peerItems.entrySet()) {
            JsonValue our = ourItems.get(item.getKey());
            if (our == null) {
                peerOnly.add(item.getKey());
            } else {
                compare(path + "[" + item.getKey() + "]", null, item.getValue(), our, differences);
            }
        }
        if (peer.size() == ours.size() && !peerOnly.isEmpty()) {
            differences.add(new Difference(Difference.Kind.DIFFERENT_VALUE, path, "items " + shortList(peerOnly),
                    "items " + shortList(ourItems.keySet().stream().filter(key -> !peerItems.containsKey(key))
                            .toList())));
        }
    }

    /** {@code code=3204} for items with a code, else the item's normal form, so equal items meet. */
    private Map<String, JsonValue> byKey(JsonArray items) {
        Map<String, JsonValue> keyed = new LinkedHashMap<>();
        for (JsonValue item : items) {
            String key = item instanceof JsonObject object && object.get("code") instanceof JsonString code
                    ? "code=" + code.getString() : canonical(null, item);
            String unique = key;
            for (int copy = 2; keyed.containsKey(unique); copy++) {
                unique = key + "#" + copy;
            }
            keyed.put(unique, item);
        }
        return keyed;
    }

    private String onlyIn(JsonArray these, JsonArray others) {
        Set<String> otherKeys = byKey(others).keySet();
        List<String> only = byKey(these).keySet().stream().filter(key -> !otherKeys.contains(key)).toList();
        return only.isEmpty() ? "" : ", " + only.size() + " not in the other: " + shortList(only);
    }

    private static String shortList(List<String> keys) {
        return keys.stream().limit(SHOWN_CODES).map(AnswerComparison::shown).collect(Collectors.joining(", ", "[",
                keys.size() > SHOWN_CODES ? ", …]" : "]"));
    }

    /** The normal form used to match items without a code: keys sorted, names upper-cased. */
    static String canonical(String field, JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(entry -> Json.createValue(entry.getKey()) + ":" + canonical(entry.getKey(), entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
            case ARRAY -> value.asJsonArray().stream().map(item -> canonical(null, item))
                    .sorted(Comparator.naturalOrder()).collect(Collectors.joining(",", "[", "]"));
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString();
            case STRING -> Json.createValue(text(field, (JsonString) value)).toString();
            default -> value.toString();
        };
    }

    private static String text(String field, JsonString value) {
        return field != null && NAME_FIELDS.contains(field) ? value.getString().toUpperCase(Locale.ROOT)
                : value.getString();
    }

    private static JsonValue errorPart(JsonValue body, boolean withMessage) {
        if (!(body instanceof JsonObject object)) {
            return body;
        }
        JsonObjectBuilder kept = Json.createObjectBuilder();
        if (object.containsKey("statusCode")) {
            kept.add("statusCode", object.get("statusCode"));
        }
        if (withMessage && object.containsKey("message")) {
            kept.add("message", object.get("message"));
        }
        return kept.build();
    }

    /** Numbers of any notation are one kind; everything else by its JSON type (true and false are both booleans). */
    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE, FALSE -> "boolean";
            default -> value.getValueType().name();
        };
    }

    private static Optional<JsonValue> parsed(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return Optional.of(reader.readValue());
        } catch (JsonException notJson) {
            return Optional.empty();
        }
    }

    private static String child(String path, String key) {
        return "$".equals(path) ? key : path + "." + key;
    }

    static String shown(JsonValue value) {
        return shown(value.toString());
    }

    static String shown(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…";
    }

    /** Set of keys compared, for the report's rules section. */
    static Set<String> nameFields() {
        return new TreeSet<>(NAME_FIELDS);
    }
}
