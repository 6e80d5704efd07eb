package id.wilayah.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypoDistanceTest {
    @Test
    void neighboursSwappedAreOneEdit() {
        assertEquals(1, TypoDistance.within("ARINONA", "AIRNONA", 1));
        assertEquals(1, TypoDistance.within("PALGUON", "PALUGON", 1));
        assertEquals(1, TypoDistance.within("ANAARJA", "ANARAJA", 2));
    }

    @Test
    void missingExtraAndWrongLettersCountAsInLevenshtein() {
        assertEquals(0, TypoDistance.within("MENCEH", "MENCEH", 1));
        assertEquals(1, TypoDistance.within("MENCH", "MENCEH", 1));
        assertEquals(2, TypoDistance.within("SIDOMULYO", "SIDOMLYA", 2));
    }

    @Test
    void aDistanceBeyondTheLimitIsMinusOne() {
        assertEquals(-1, TypoDistance.within("TANJUNG", "TNAJNUG", 1));
        assertEquals(-1, TypoDistance.within("BANDUNG", "BANDUNGAN", 1));
        assertEquals(-1, TypoDistance.within("KERTASARI", "SUKASARI", 2));
    }
}
