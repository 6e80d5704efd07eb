package id.wilayah.domain.text;

import java.util.Optional;

/**
 * Characters a name never legitimately holds: control characters (C0, DEL, C1; NUL among them), which break files,
 * logs and terminals, and the Unicode bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which make
 * a name display as something other than what it is. Region names, key names and usernames are checked with this.
 */
public final class NameCharacters {
    private NameCharacters() {
    }

    /** The first forbidden character of {@code text} described for a message (e.g. {@code "control character U+0000"}). */
    public static Optional<String> forbidden(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.codePoints().filter(NameCharacters::isForbidden).mapToObj(NameCharacters::describe).findFirst();
    }

    /** As {@link #forbidden}, but line breaks and tabs are allowed: free text such as notes may span lines. */
    public static Optional<String> forbiddenInText(String text) {
        return forbidden(text == null ? null : text.replace("\n", "").replace("\r", "").replace("\t", ""));
    }

    /** {@code text} with each forbidden character written as {@code <U+XXXX>}, for logging what a stranger typed. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (isForbidden(codePoint)) {
                shown.append("<U+").append(String.format("%04X", codePoint)).append('>');
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    private static boolean isForbidden(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL || isBidiControl(codePoint);
    }

    static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static String describe(int codePoint) {
        String kind = isBidiControl(codePoint) ? "bidi control character" : "control character";
        return kind + " U+" + String.format("%04X", codePoint);
    }
}
