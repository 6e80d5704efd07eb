package id.wilayah.domain.geo.json;

import id.wilayah.domain.geo.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a JSON number's text into fixed-point units without a detour through {@code double}, so a coordinate written
 * with five decimals is stored exactly; more decimals are rounded half up.
 */
final class FixedPointNumber {
    private static final int DECIMALS = 5;
    private static final long LIMIT = 1_000L * (long) Shape.UNITS;

    private FixedPointNumber() {
    }

    /** The value in units, or {@code Long.MIN_VALUE} when it is beyond ±1000 degrees. */
    static long parse(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (i < length && text.charAt(i) == '-') {
            negative = true;
            i++;
        }
        long value = 0;
        int decimals = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (decimals >= DECIMALS || value > LIMIT * 10) {
                    return slowParse(text);
                }
                value = value * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return slowParse(text);
            }
        }
        for (int d = Math.max(decimals, 0); d < DECIMALS; d++) {
            value *= 10;
        }
        return bounded(negative ? -value : value);
    }

    private static long slowParse(String text) {
        BigDecimal units = new BigDecimal(text).movePointRight(DECIMALS).setScale(0, RoundingMode.HALF_UP);
        if (units.abs().compareTo(BigDecimal.valueOf(LIMIT)) > 0) {
            return Long.MIN_VALUE;
        }
        return units.longValue();
    }

    private static long bounded(long units) {
        return Math.abs(units) > LIMIT ? Long.MIN_VALUE : units;
    }
}
