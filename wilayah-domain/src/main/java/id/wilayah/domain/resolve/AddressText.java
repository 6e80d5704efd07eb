package id.wilayah.domain.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An address cut into words, each folded to the form names are compared in and remembering where it stood in the
 * text as written, so that what a level was read from can be quoted back. Commas, semicolons, bars and line breaks
 * end a segment: a region's name never spans one, and a street or hamlet stops there.
 */
final class AddressText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words abbreviated on labels that names spell out. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("TG", "TANJUNG", "TJ", "TANJUNG", "TJG", "TANJUNG",
            "GN", "GUNUNG", "KEP", "KEPULAUAN", "SEL", "SELATAN", "UTR", "UTARA", "TIM", "TIMUR", "BAR", "BARAT");

    private final String written;
    private final List<Word> words;

    private AddressText(String written, List<Word> words) {
        this.written = written;
        this.words = List.copyOf(words);
    }

    /**
     * One word: {@code folded} is upper case without diacritics and with old spellings made modern, {@code start} and
     * {@code end} its place in the text as written, {@code segment} the number of segment breaks before it.
     */
    record Word(String folded, int start, int end, int segment) {
        boolean isNumber() {
            return !folded.isEmpty() && Character.isDigit(folded.charAt(0));
        }

        boolean isPostalCode() {
            return folded.length() == 5 && folded.chars().allMatch(Character::isDigit);
        }
    }

    static AddressText of(String text) {
        List<Word> words = new ArrayList<>();
        int segment = 0;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isLetterOrDigit(c)) {
                int start = at;
                StringBuilder word = new StringBuilder();
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at))
                        || isJoiner(text, at))) {
                    if (Character.isLetterOrDigit(text.charAt(at))) {
                        word.append(text.charAt(at));
                    }
                    at++;
                }
                words.add(new Word(fold(word.toString()), start, at, segment));
            } else {
                if (c == ',' || c == ';' || c == '|' || c == '\n' || c == '\r') {
                    segment++;
                }
                at++;
            }
        }
        return new AddressText(text, words);
    }

    /** An apostrophe inside a word ({@code Ba'u}) joins its halves; names are written with and without it. */
    private static boolean isJoiner(String text, int at) {
        char c = text.charAt(at);
        return (c == '\'' || c == '’' || c == '`') && at > 0 && at + 1 < text.length()
                && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at + 1));
    }

    /** The key a name is compared by: its words folded, joined by single spaces. */
    static String key(String name) {
        List<String> folded = new ArrayList<>();
        for (Word word : of(name).words) {
            folded.add(word.folded());
        }
        return String.join(" ", folded);
    }

    /**
     * Upper case, diacritics dropped, and the spellings before 1972 (and Dutch ones before 1947) written as today:
     * {@code DJ} → {@code J}, {@code TJ} → {@code C}, {@code OE} → {@code U}, {@code SJ} → {@code SY}, {@code NJ} →
     * {@code NY}, {@code CH} → {@code KH}; common abbreviations ({@code Tg.}, {@code Kep.}) spelled out. Names and
     * input are folded alike, so a modern name is unaffected.
     */
    static String fold(String word) {
        String upper = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        String expanded = ABBREVIATIONS.get(upper);
        if (expanded != null) {
            return expanded;
        }
        return upper.replace("DJ", "J").replace("TJ", "C").replace("OE", "U").replace("SJ", "SY")
                .replace("NJ", "NY").replace("CH", "KH");
    }

    String written() {
        return written;
    }

    List<Word> words() {
        return words;
    }

    int size() {
        return words.size();
    }

    Word word(int index) {
        return words.get(index);
    }

    /** The text as written from the start of word {@code from} to the end of word {@code to - 1}. */
    String quote(int from, int to) {
        return written.substring(words.get(from).start(), words.get(to - 1).end());
    }
}
