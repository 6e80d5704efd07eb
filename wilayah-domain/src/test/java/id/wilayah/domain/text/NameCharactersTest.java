package id.wilayah.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCharactersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL                       | 0000 | control character U+0000
            bell                      | 0007 | control character U+0007
            line feed                 | 000A | control character U+000A
            DEL                       | 007F | control character U+007F
            C1 next line              | 0085 | control character U+0085
            right-to-left override    | 202E | bidi control character U+202E
            left-to-right embedding   | 202A | bidi control character U+202A
            first strong isolate      | 2068 | bidi control character U+2068
            pop directional isolate   | 2069 | bidi control character U+2069
            right-to-left mark        | 200F | bidi control character U+200F
            """)
    void refusesControlAndBidiCharactersAnywhereInAName(String what, String hex, String described) {
        String name = "SUKA" + Character.toString(Integer.parseInt(hex, 16)) + "PURA";
        assertEquals(Optional.of(described), NameCharacters.forbidden(name), what);
        assertEquals("SUKA<U+" + hex + ">PURA", NameCharacters.visible(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            KOTA BANDUNG
            Nanggroe Aceh Darussalam
            Ujung Pandang (Makassar)
            Kepulauan Bangka-Belitung
            ádmin ñ 😀
            """)
    void acceptsPrintableNamesOfAnyScript(String name) {
        assertEquals(Optional.empty(), NameCharacters.forbidden(name));
        assertEquals(name, NameCharacters.visible(name));
    }

    @Test
    void freeTextMaySpanLinesButNotHideDirection() {
        assertEquals(Optional.empty(), NameCharacters.forbiddenInText("line one\r\nline two\tend"));
        assertEquals(Optional.of("bidi control character U+202E"), NameCharacters.forbiddenInText("a\n\u202Eb"));
    }
}
