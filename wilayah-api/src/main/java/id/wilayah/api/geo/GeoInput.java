package id.wilayah.api.geo;

import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import java.util.Arrays;
import java.util.Locale;

/** The geography surface's query parameters, checked into numbers and levels with messages that say what is wrong. */
final class GeoInput {
    private GeoInput() {
    }

    static double latitude(String raw) {
        return inRange("lat", required("lat", raw), -90, 90);
    }

    static double longitude(String raw) {
        return inRange("lng", required("lng", raw), -180, 180);
    }

    /** An optional positive number up to {@code max}, else {@code fallback}. */
    static double optional(String name, String raw, double fallback, double max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        double value = number(name, raw);
        if (value <= 0 || value > max) {
            throw new InvalidInputException(name + " must be greater than 0 and at most " + format(max));
        }
        return value;
    }

    static int limit(String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("limit must be a whole number from 1 to " + max);
    }

    /** A level by its API name ({@code kelurahan}) or its file name ({@code villages}). */
    static Level level(String raw) {
        String name = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Level.values())
                .filter(level -> level.label().equals(name) || FILE_NAMES[level.ordinal()].equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("Unknown level '" + RegionCode.printable(raw)
                        + "': expected provinsi, kota, kecamatan or kelurahan"));
    }

    private static final String[] FILE_NAMES = {"provinces", "regencies", "districts", "villages"};

    private static String required(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("Missing " + name);
        }
        return raw;
    }

    private static double inRange(String name, String raw, double min, double max) {
        double value = number(name, raw);
        if (value < min || value > max) {
            throw new InvalidInputException(name + " must be between " + format(min) + " and " + format(max));
        }
        return value;
    }

    private static double number(String name, String raw) {
        String trimmed = raw.strip();
        if (!trimmed.matches("[+-]?(\\d{1,12}(\\.\\d{0,15})?|\\.\\d{1,15})")) {
            throw new InvalidInputException("Invalid " + name + " '" + RegionCode.printable(raw)
                    + "': expected a decimal number");
        }
        return Double.parseDouble(trimmed);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
