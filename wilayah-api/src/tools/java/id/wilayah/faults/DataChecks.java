package id.wilayah.faults;

import id.wilayah.domain.apikey.KeyHasher;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Nothing lost: after the run the active edition is the 2025 one with its full counts, both editions are retained with
 * theirs, every key has the status the schedule gave it, and each key's persisted usage counter holds at least every
 * request the clients saw it authenticate (counters are written in batches, also across the outage).
 */
final class DataChecks {
    private final AdminApi admin;

    DataChecks(AdminApi admin) {
        this.admin = admin;
    }

    List<Check> run(Map<Secret, String> expectedStatus) {
        List<Check> checks = new ArrayList<>();
        JsonObject meta = (JsonObject) admin.get("/api/meta");
        String counts2025 = counts(meta.getJsonObject("counts"));
        checks.add(Check.of("active edition complete", FaultSchedule.SERVING.equals(meta.getString("edition"))
                        && "38/514/7285/83762".equals(counts2025),
                meta.getString("edition") + " with " + counts2025 + " provinsi/kota/kecamatan/kelurahan"));
        Map<String, String> editions = admin.get("/api/editions").asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(edition -> edition.getString("name"),
                        edition -> counts(edition.getJsonObject("counts"))));
        checks.add(Check.of("both editions retained", "38/514/7285/83762".equals(editions.get(FaultSchedule.SERVING))
                        && "37/514/7277/83763".equals(editions.get(FaultSchedule.OTHER)),
                "editions " + editions));
        Map<String, JsonObject> keysByPrefix = admin.keys().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(key -> key.getString("prefix"), key -> key));
        List<String> statuses = new ArrayList<>();
        List<String> usage = new ArrayList<>();
        boolean statusesHold = true;
        boolean usageHolds = true;
        for (Map.Entry<Secret, String> expected : expectedStatus.entrySet()) {
            Secret secret = expected.getKey();
            JsonObject key = keysByPrefix.get(KeyHasher.prefixOf(secret.value()));
            String status = key == null ? "missing" : key.getString("status");
            long persisted = key == null ? 0 : key.getJsonNumber("requestCount").longValue();
            statusesHold &= expected.getValue().equals(status);
            usageHolds &= persisted >= secret.servedCount();
            statuses.add(secret.label() + ": " + status);
            usage.add(String.format("%s: %,d persisted ≥ %,d served", secret.label(), persisted, secret.servedCount()));
        }
        checks.add(Check.of("api_key table as expected", statusesHold && keysByPrefix.size() == expectedStatus.size() + 1,
                keysByPrefix.size() + " keys (with the admin key); " + String.join(", ", statuses)));
        checks.add(Check.of("usage counters kept", usageHolds, String.join(", ", usage)));
        return checks;
    }

    private static String counts(JsonObject counts) {
        return counts.getInt("provinsi") + "/" + counts.getInt("kota") + "/" + counts.getInt("kecamatan") + "/"
                + counts.getInt("kelurahan");
    }
}
