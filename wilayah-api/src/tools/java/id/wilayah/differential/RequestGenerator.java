package id.wilayah.differential;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Random requests over the peer's routes, the same for the same catalogue and seed: pages of every level with random
 * page and limit (limit 0 and large limits included), name filters cut from real names (with a leading space, in mixed
 * case), parent filters, lookups by {@code code=}, details of real and unknown codes, and malformed parameters.
 */
final class RequestGenerator {
    private static final int[] LARGE_LIMITS = {100, 500, 1000, 5000, 10000};
    private static final List<String> MALFORMED_NUMBERS =
            List.of("0", "-1", "abc", "1.5", "", "99999999999", "1e3", " 2", "0x10");
    private static final List<String> ODD_NAMES = List.of("%", "_", "", " ", "'", "\"", "%a%", "a_b", "\\");

    private final Catalogue catalogue;
    private final Random random;
    private final Map<Level, Set<String>> knownCodes = new EnumMap<>(Level.class);

    RequestGenerator(Catalogue catalogue, long seed) {
        this.catalogue = catalogue;
        this.random = new Random(seed);
    }

    List<Probe> generate(int count) {
        List<Probe> probes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            probes.add(next());
        }
        return probes;
    }

    Probe next() {
        Level level = Level.values()[random.nextInt(Level.values().length)];
        int kind = random.nextInt(100);
        if (kind < 20) {
            return page(level);
        } else if (kind < 45) {
            return named(level);
        } else if (kind < 60) {
            return level.parent() == null ? named(level) : underParent(level);
        } else if (kind < 68) {
            return lookup(level);
        } else if (kind < 83) {
            return detail(level, realCode(level));
        } else if (kind < 90) {
            return detail(level, unknownCode(level));
        }
        return malformed(level);
    }

    private Probe page(Level level) {
        Query query = new Query();
        int limit = limit(query);
        pageNumber(query, catalogue.of(level).size(), limit);
        return list(level, query);
    }

    private Probe named(Level level) {
        Query query = new Query().add("name", nameFilter(region(level).name()));
        if (level.parent() != null && random.nextInt(4) == 0) {
            query.add(level.parentParameter(), realCode(level.parent()));
        }
        if (random.nextBoolean()) {
            int limit = limit(query);
            pageNumber(query, 30, limit);
        }
        return list(level, query);
    }

    private Probe underParent(Level level) {
        String parent = random.nextInt(10) == 0 ? unknownCode(level.parent()) : realCode(level.parent());
        Query query = new Query().add(level.parentParameter(), parent);
        int limit = limit(query);
        pageNumber(query, 100, limit);
        return list(level, query);
    }

    /** {@code code=} wins over every other filter on the peer; some lookups carry other filters to show it. */
    private Probe lookup(Level level) {
        Query query = new Query().add("code", random.nextInt(10) < 7 ? realCode(level) : unknownCode(level));
        if (random.nextBoolean()) {
            query.add("name", nameFilter(region(level).name()));
        }
        if (random.nextBoolean()) {
            query.add("page", String.valueOf(1 + random.nextInt(5)));
        }
        return new Probe("/" + level.path() + "?code=", "/" + level.path() + query);
    }

    private Probe malformed(Level level) {
        Query query = new Query();
        switch (random.nextInt(5)) {
            case 0 -> query.add("page", pick(MALFORMED_NUMBERS));
            case 1 -> query.add("limit", pick(MALFORMED_NUMBERS));
            case 2 -> query.add("name", pick(ODD_NAMES));
            case 3 -> query.add(level.parent() == null ? "code" : level.parentParameter(),
                    dotted(realCode(level.parent() == null ? level : level.parent())));
            default -> {
                return detail(level, dotted(realCode(level)));
            }
        }
        return list(level, query);
    }

    private Probe list(Level level, Query query) {
        return new Probe("/" + level.path(), "/" + level.path() + query);
    }

    private Probe detail(Level level, String code) {
        return new Probe("/" + level.path() + "/{code}",
                "/" + level.path() + "/" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    /** Absent, 0 (the peer's way to count), small, or large (clients fill dropdown caches so). */
    private int limit(Query query) {
        int roll = random.nextInt(100);
        int limit;
        if (roll < 15) {
            return 10;
        } else if (roll < 25) {
            limit = 0;
        } else if (roll < 80) {
            limit = 1 + random.nextInt(50);
        } else {
            limit = LARGE_LIMITS[random.nextInt(LARGE_LIMITS.length)];
        }
        query.add("limit", String.valueOf(limit));
        return limit;
    }

    /** Absent, within the matches, or just beyond them. */
    private void pageNumber(Query query, int matches, int limit) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return;
        }
        int pages = limit == 0 ? 3 : Math.max(1, (matches + limit - 1) / limit);
        int page = roll < 90 ? 1 + random.nextInt(pages) : pages + 1 + random.nextInt(3);
        query.add("page", String.valueOf(page));
    }

    /**
     * A piece of a real name: a substring, sometimes from the start of a later word with the space before it, in
     * upper, lower or mixed case.
     */
    String nameFilter(String name) {
        String piece;
        List<Integer> wordStarts = new ArrayList<>();
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i - 1) == ' ' && name.charAt(i) != ' ') {
                wordStarts.add(i - 1);
            }
        }
        int roll = random.nextInt(10);
        if (roll < 3 && !wordStarts.isEmpty()) {
            int start = wordStarts.get(random.nextInt(wordStarts.size()));
            piece = name.substring(start, Math.min(name.length(), start + 2 + random.nextInt(6)));
        } else if (roll < 4) {
            piece = " " + name.substring(0, Math.min(name.length(), 1 + random.nextInt(5)));
        } else if (roll < 5) {
            piece = name;
        } else {
            int length = Math.min(name.length(), 2 + random.nextInt(6));
            int start = random.nextInt(name.length() - length + 1);
            piece = name.substring(start, start + length);
        }
        return switch (random.nextInt(3)) {
            case 0 -> piece.toLowerCase(Locale.ROOT);
            case 1 -> mixedCase(piece);
            default -> piece;
        };
    }

    private String mixedCase(String text) {
        StringBuilder mixed = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return mixed.toString();
    }

    private Catalogue.Region region(Level level) {
        List<Catalogue.Region> regions = catalogue.of(level);
        return regions.get(random.nextInt(regions.size()));
    }

    private String realCode(Level level) {
        return region(level).code();
    }

    /** A code of the level's length that no region has, or one of the wrong length. */
    String unknownCode(Level level) {
        if (random.nextInt(5) == 0) {
            return digits(level.codeLength() + (random.nextBoolean() ? 1 : -1));
        }
        Set<String> known = knownCodes.computeIfAbsent(level,
                any -> catalogue.of(level).stream().map(Catalogue.Region::code).collect(Collectors.toSet()));
        String code;
        do {
            code = digits(level.codeLength());
        } while (known.contains(code));
        return code;
    }

    private String digits(int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** Kemendagri's written form, 32.04.31: we accept it, the peer compares codes as stored. */
    private static String dotted(String code) {
        StringBuilder dotted = new StringBuilder(code.substring(0, 2));
        for (int start = 2, end; start < code.length(); start = end) {
            end = Math.min(code.length(), start + (start >= 6 ? 4 : 2));
            dotted.append('.').append(code, start, end);
        }
        return dotted.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Query parameters in the order added, spaces as %20 as browsers send them. */
    private static final class Query {
        private final StringBuilder text = new StringBuilder();

        Query add(String name, String value) {
            text.append(text.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
