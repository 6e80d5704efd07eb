package id.wilayah.faults;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;

/**
 * Whether each response came from exactly one edition: one X-Wilayah-Edition value naming a known edition that was
 * active during the request, and a body byte-for-byte equal to what that edition answers for the same path. Bodies are
 * kept as digests per path and edition and compared after the run with the edition pinned ({@code ?edition=}), so a
 * body mixing two editions, or served under the wrong name, is found without knowing any expected content in advance.
 */
final class EditionConsistency {
    static final String HEADER = "X-Wilayah-Edition";

    private final Set<String> editions;
    private final EditionWindows windows;
    private final Map<PathEdition, Map<String, LongAdder>> bodies = new ConcurrentHashMap<>();

    EditionConsistency(Set<String> editions, EditionWindows windows) {
        this.editions = editions;
        this.windows = windows;
    }

    /** The problem with a 200 response, if any; records its body for {@link #verifyBodies}. */
    Optional<String> checkOk(String path, HttpResponse<byte[]> response, long start, long end) {
        Optional<String> problem = checkHeader(response, start, end);
        if (problem.isEmpty()) {
            bodies.computeIfAbsent(new PathEdition(path, edition(response)), key -> new ConcurrentHashMap<>())
                    .computeIfAbsent(digest(response.body()), digest -> new LongAdder()).increment();
        }
        return problem;
    }

    /** The problem with a 304, if any: it must name the edition whose entity tag the client sent. */
    Optional<String> checkNotModified(HttpResponse<byte[]> response, String cachedEdition, long start, long end) {
        return checkHeader(response, start, end).or(() -> edition(response).equals(cachedEdition) ? Optional.empty()
                : Optional.of("304 names " + edition(response) + " for an entity tag of " + cachedEdition));
    }

    private Optional<String> checkHeader(HttpResponse<byte[]> response, long start, long end) {
        List<String> values = response.headers().allValues(HEADER);
        if (values.size() != 1 || !editions.contains(values.get(0))) {
            return Optional.of(HEADER + " is " + values + ", not exactly one of " + editions);
        }
        if (!windows.possiblyActive(values.get(0), start, end)) {
            return Optional.of("answered by " + values.get(0) + ", which was not active during the request");
        }
        return Optional.empty();
    }

    static String edition(HttpResponse<byte[]> response) {
        return response.headers().firstValue(HEADER).orElse("");
    }

    /**
     * Compares every body seen with the body of the same path pinned to the edition it named; returns one line per
     * mismatch. {@code pinned} fetches a path with an edition pinned.
     */
    List<String> verifyBodies(BiFunction<String, String, byte[]> pinned) {
        List<String> mismatches = new ArrayList<>();
        bodies.forEach((key, seen) -> {
            String expected = digest(pinned.apply(key.path(), key.edition()));
            seen.forEach((digest, count) -> {
                if (!digest.equals(expected)) {
                    mismatches.add(count.sum() + " × " + key.path() + " named " + key.edition()
                            + " but its body differs from that edition's");
                }
            });
        });
        return mismatches;
    }

    /** How many (path, edition) pairs were served and compared. */
    int pairs() {
        return bodies.size();
    }

    long editionsSeen(String edition) {
        return bodies.entrySet().stream().filter(entry -> entry.getKey().edition().equals(edition))
                .flatMap(entry -> entry.getValue().values().stream()).mapToLong(LongAdder::sum).sum();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private record PathEdition(String path, String edition) {
    }
}
