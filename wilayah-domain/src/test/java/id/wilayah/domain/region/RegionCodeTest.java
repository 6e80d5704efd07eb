package id.wilayah.domain.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {
    @ParameterizedTest
    @CsvSource({
            "VILLAGE, 32.04.05.2001, 3204052001",
            "VILLAGE, 3204052001, 3204052001",
            "VILLAGE, ' 3204052001 ', 3204052001",
            "DISTRICT, 32.04.31, 320431",
            "DISTRICT, 3204050, 3204050",
            "REGENCY, 32.04, 3204",
            "PROVINCE, 32, 32"
    })
    void acceptsCodesWithOrWithoutDots(Level level, String input, String expected) {
        assertEquals(expected, RegionCode.normalize(level, input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "32..04", ".3204", "3204.", "32-04", "32 04", "３２０４", "3204%00"})
    void rejectsAnythingButDigitsAndSingleDots(String input) {
        assertThrows(InvalidInputException.class, () -> RegionCode.normalize(Level.REGENCY, input));
    }

    @Test
    void namesTheExpectedLengthWhenTheLevelDoesNotMatch() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegionCode.normalize(Level.REGENCY, "32"));
        assertTrue(e.getMessage().contains("4 digits"), e.getMessage());
        InvalidInputException district = assertThrows(InvalidInputException.class,
                () -> RegionCode.normalize(Level.DISTRICT, "32041"));
        assertTrue(district.getMessage().contains("6 or 7 digits"), district.getMessage());
    }

    @Test
    void doesNotEchoUnboundedOrControlCharactersBack() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegionCode.normalize(Level.VILLAGE, "1\n" + "9".repeat(100)));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void postalCodesAreExactlyFiveDigits() {
        assertEquals("40386", RegionCode.normalizePostalCode(" 40386 "));
        assertThrows(InvalidInputException.class, () -> RegionCode.normalizePostalCode("4038"));
        assertThrows(InvalidInputException.class, () -> RegionCode.normalizePostalCode("4038a"));
        assertThrows(InvalidInputException.class, () -> RegionCode.normalizePostalCode(null));
    }
}
