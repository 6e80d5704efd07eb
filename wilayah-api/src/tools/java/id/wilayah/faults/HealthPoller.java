package id.wilayah.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads /health/ready every 250 ms and keeps each reading: overall status and the database check's status. */
final class HealthPoller implements Runnable {
    private static final long INTERVAL_MILLIS = 250;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest ready;
    private final List<Reading> readings = new ArrayList<>();
    private volatile boolean running = true;

    HealthPoller(String base) {
        this.ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public void run() {
        while (running) {
            long at = System.currentTimeMillis();
            Reading reading = read(at);
            synchronized (readings) {
                readings.add(reading);
            }
            try {
                Thread.sleep(Math.max(0, at + INTERVAL_MILLIS - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Reading read(long at) {
        try {
            HttpResponse<byte[]> response = http.send(ready, HttpResponse.BodyHandlers.ofByteArray());
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
                JsonObject health = reader.readObject();
                String database = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                        .filter(check -> "database".equals(check.getString("name")))
                        .map(check -> check.getString("status")).findFirst().orElse("absent");
                return new Reading(at, health.getString("status"), database);
            }
        } catch (IOException | RuntimeException e) {
            return new Reading(at, "UNREADABLE", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading(at, "UNREADABLE", "interrupted");
        }
    }

    void stop() {
        running = false;
    }

    List<Reading> readings() {
        synchronized (readings) {
            return List.copyOf(readings);
        }
    }

    /** The first reading at or after the given time whose status is the one asked for. */
    Optional<Reading> first(String status, long from) {
        return readings().stream().filter(reading -> reading.at() >= from && reading.status().equals(status))
                .findFirst();
    }

    /** Waits until a reading taken after the given time is UP; false when the deadline passes first. */
    boolean awaitUp(long after, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (first("UP", after).isPresent()) {
                return true;
            }
            Thread.sleep(INTERVAL_MILLIS);
        }
        return false;
    }

    record Reading(long at, String status, String database) {
    }
}
