package id.wilayah.domain.region;

import id.wilayah.domain.failure.InvalidInputException;

/** Turns user-supplied codes ({@code " 32.04.05.2001 "}) into the canonical digit string ({@code 3204052001}). */
public final class RegionCode {
    private static final int MAX_INPUT_LENGTH = 32;

    private RegionCode() {
    }

    /** A code of the given level, or an {@link InvalidInputException} naming what is wrong. */
    public static String normalize(Level level, String raw) {
        String digits = digitsOf(level.label(), raw);
        if (!level.accepts(digits)) {
            throw new InvalidInputException(
                    "Invalid " + level.label() + " code '" + printable(raw) + "': expected " + level.expectedLength());
        }
        return digits;
    }

    /** An island code: nine digits ({@code 110140001}), dots allowed ({@code 11.01.40001}). */
    public static String normalizeIsland(String raw) {
        String digits = digitsOf("island", raw);
        if (digits.length() != 9) {
            throw new InvalidInputException("Invalid island code '" + printable(raw) + "': expected 9 digits");
        }
        return digits;
    }

    /** A postal code: exactly five digits. */
    public static String normalizePostalCode(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (!trimmed.matches("\\d{5}")) {
            throw new InvalidInputException("Invalid postal code '" + printable(raw) + "': expected 5 digits");
        }
        return trimmed;
    }

    private static String digitsOf(String what, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("Missing " + what + " code");
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_INPUT_LENGTH) {
            throw new InvalidInputException("Invalid " + what + " code: longer than " + MAX_INPUT_LENGTH + " characters");
        }
        StringBuilder digits = new StringBuilder(trimmed.length());
        char previous = '.';
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '.' || previous == '.') {
                throw new InvalidInputException("Invalid " + what + " code '" + printable(raw)
                        + "': only digits, optionally separated by single dots, are allowed");
            }
            previous = c;
        }
        if (previous == '.') {
            throw new InvalidInputException("Invalid " + what + " code '" + printable(raw) + "': must not end with a dot");
        }
        return digits.toString();
    }

    /** Echoes input back in error messages without control characters or unbounded length. */
    public static String printable(String raw) {
        if (raw == null) {
            return "";
        }
        String cleaned = raw.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > MAX_INPUT_LENGTH ? cleaned.substring(0, MAX_INPUT_LENGTH) + "…" : cleaned;
    }
}
