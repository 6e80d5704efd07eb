package id.wilayah.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameWordsTest {
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    @ParameterizedTest
    @ValueSource(strings = {"BANDUNG", "KABUPATEN BANDUNG BARAT", "LUBUK PAKAM I,II", "(AB) CD", " X", "X ", "--",
            "", "A--B", "O’BAN", "SEI  RAMPAH", "DESA 2", "Ⅻ TOWN", "½ KM", "ÇIÑA-ÖZ", "\uD835\uDC00 BOLD", "(",
            "-A-"})
    void splitsNamesExactlyLikeTheRegexTheFuzzyRuleWasDefinedWith(String name) {
        int[] bounds = NameWords.bounds(name);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            words.add(name.substring(bounds[i], bounds[i + 1]));
        }
        assertEquals(List.of(WORD_SEPARATOR.split(name)), words);
    }
}
