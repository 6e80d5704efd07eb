package id.wilayah.api.metrics;

/** A label value from an admin's free text (a key name), reduced to characters every scraper reads plainly. */
final class LabelValue {
    private static final int MAX_LENGTH = 64;

    private LabelValue() {
    }

    static String of(String text) {
        StringBuilder value = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        text.codePoints().limit(MAX_LENGTH).forEach(c -> value.append(
                c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return value.toString();
    }
}
