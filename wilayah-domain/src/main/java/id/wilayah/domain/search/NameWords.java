package id.wilayah.domain.search;

/**
 * The words of a name as the fuzzy rule sees them: what {@code name.split("[^\\p{L}\\p{N}]+")} returns, including
 * the empty first word of a name that starts with a separator. Found by a plain scan because the regex split, run on
 * every fuzzy candidate and on every name at activation, cost more than the edit distances it feeds.
 */
final class NameWords {
    private NameWords() {
    }

    /** Start and end index of each word, flattened: {@code [start0, end0, start1, end1, ...]}. */
    static int[] bounds(String name) {
        int[] bounds = new int[2 * (name.length() + 1)];
        int count = 0;
        boolean inWord = false;
        for (int at = 0; at < name.length(); ) {
            int codePoint = name.codePointAt(at);
            boolean wordChar = isWordChar(codePoint);
            if (wordChar != inWord) {
                bounds[count++] = at;
            }
            inWord = wordChar;
            at += Character.charCount(codePoint);
        }
        if (inWord) {
            bounds[count++] = name.length();
        }
        if (count == 0) {
            return name.isEmpty() ? new int[] {0, 0} : new int[0];
        }
        int leadingEmptyWord = bounds[0] > 0 ? 2 : 0;
        int[] words = new int[count + leadingEmptyWord];
        System.arraycopy(bounds, 0, words, leadingEmptyWord, count);
        return words;
    }

    /** {@code [\p{L}\p{N}]}: letters and every kind of number, as the regex character classes define them. */
    static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
