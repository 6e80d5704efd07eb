package id.wilayah.faults;

import id.wilayah.faults.EndpointGroup.Endpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One client thread: GETs random endpoints back to back with its key until told to stop. Every eighth request of a
 * path it has seen before carries the entity tag it got, so conditional requests (304) are part of the load.
 */
final class LoadClient implements Runnable {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int CONDITIONAL_EVERY = 8;

    private final String base;
    private final List<Endpoint> endpoints;
    private final KeyUse key;
    private final Supplier<Phase> phase;
    private final EditionConsistency editions;
    private final ErrorLog errors;
    private final long thinkMillis;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, CachedTag> tags = new HashMap<>();
    private volatile boolean running = true;
    private long sent;

    LoadClient(String base, List<Endpoint> endpoints, KeyUse key, Supplier<Phase> phase,
               EditionConsistency editions, ErrorLog errors, long thinkMillis) {
        this.base = base;
        this.endpoints = endpoints;
        this.key = key;
        this.phase = phase;
        this.editions = editions;
        this.errors = errors;
        this.thinkMillis = thinkMillis;
    }

    @Override
    public void run() {
        while (running) {
            request(endpoints.get(ThreadLocalRandom.current().nextInt(endpoints.size())));
            if (thinkMillis > 0) {
                try {
                    Thread.sleep(thinkMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void stop() {
        running = false;
    }

    /** Only to be read once the thread has ended. */
    List<Sample> samples() {
        return samples;
    }

    private void request(Endpoint endpoint) {
        Secret secret = key.secret();
        Phase startedIn = phase.get();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + endpoint.path()))
                .timeout(REQUEST_TIMEOUT).header("X-API-Key", secret.value());
        CachedTag tag = ++sent % CONDITIONAL_EVERY == 0 ? tags.get(endpoint.path()) : null;
        if (tag != null) {
            builder.header("If-None-Match", tag.etag());
        }
        long start = System.currentTimeMillis();
        long began = System.nanoTime();
        Outcome outcome;
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            long end = System.currentTimeMillis();
            outcome = judge(endpoint, secret, tag, response, start, end, startedIn);
        } catch (IOException e) {
            outcome = error(endpoint, startedIn, "I/O error or timeout", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return;
        }
        int micros = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - began) / 1000);
        samples.add(new Sample(endpoint.group(), startedIn, outcome, micros));
    }

    private Outcome judge(Endpoint endpoint, Secret secret, CachedTag tag, HttpResponse<byte[]> response,
                          long start, long end, Phase startedIn) {
        int status = response.statusCode();
        if (status == 401) {
            if (secret.refusalIntended(end)) {
                secret.refused();
                key.refusedIntendedly();
                return Outcome.INTENDED_401;
            }
            return error(endpoint, startedIn, "401 for a valid key", secret.label() + " refused");
        }
        if (status == 200 || status == 304) {
            secret.served();
            if (!secret.acceptanceAllowed(start)) {
                return error(endpoint, startedIn, "refused key accepted", secret.label() + " still accepted");
            }
            Optional<String> problem = status == 200 ? editions.checkOk(endpoint.path(), response, start, end)
                    : editions.checkNotModified(response, tag.edition(), start, end);
            if (problem.isPresent()) {
                return error(endpoint, startedIn, "edition", problem.get());
            }
            if (status == 200) {
                response.headers().firstValue("ETag").ifPresent(etag ->
                        tags.put(endpoint.path(), new CachedTag(etag, EditionConsistency.edition(response))));
                return Outcome.OK;
            }
            return Outcome.NOT_MODIFIED;
        }
        return error(endpoint, startedIn, "HTTP " + status,
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private Outcome error(Endpoint endpoint, Phase startedIn, String kind, String detail) {
        String shortDetail = detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
        errors.record(kind, String.format(Locale.ROOT, "%s %s (%s): %s", kind, endpoint.path(), startedIn.label(),
                shortDetail));
        return Outcome.ERROR;
    }

    private record CachedTag(String etag, String edition) {
    }
}
