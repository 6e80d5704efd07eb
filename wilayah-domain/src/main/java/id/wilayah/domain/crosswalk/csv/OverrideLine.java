package id.wilayah.domain.crosswalk.csv;

import id.wilayah.domain.region.Level;

/**
 * One checked override: {@code fromCode} of the source edition gets {@code toCode} of the target edition, or no
 * counterpart when {@code toCode} is null. {@code line} is its line in an uploaded file (0 when typed in the console).
 */
public record OverrideLine(long line, Level level, String fromCode, String toCode) {
}
