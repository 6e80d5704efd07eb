package id.wilayah.domain.nik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.failure.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NikTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void decodesRegionBirthDateAndSexOfAMan() {
        Nik nik = Nik.parse("3204310501900001", TODAY);
        assertEquals("32", nik.provinceCode());
        assertEquals("3204", nik.regencyCode());
        assertEquals("320431", nik.districtCode());
        assertEquals(LocalDate.of(1990, 1, 5), nik.birthDate());
        assertEquals(Nik.Sex.MALE, nik.sex());
        assertEquals("0001", nik.serial());
    }

    @Test
    void dayAboveFortyMeansFemaleAndIsDayPlusForty() {
        Nik nik = Nik.parse("3204314502050002", TODAY);
        assertEquals(Nik.Sex.FEMALE, nik.sex());
        assertEquals(LocalDate.of(2005, 2, 5), nik.birthDate());
    }

    @Test
    void twoDigitYearsAfterThisYearBelongToTheLastCentury() {
        assertEquals(1927, Nik.parse("3204310101270001", TODAY).birthDate().getYear());
        assertEquals(2026, Nik.parse("3204310101260001", TODAY).birthDate().getYear());
    }

    @Test
    void acceptsDotsAndSpaces() {
        assertEquals("3204310501900001", Nik.parse(" 32.04.31 050190 0001 ", TODAY).digits());
    }

    @Test
    void rejectsWrongLengthWithTheCount() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nik.parse("320431050190", TODAY));
        assertTrue(e.getMessage().contains("16 digits, got 12"), e.getMessage());
    }

    @Test
    void rejectsLetters() {
        assertThrows(InvalidInputException.class, () -> Nik.parse("32043105019000AB", TODAY));
    }

    @Test
    void rejectsImpossibleDates() {
        InvalidInputException month = assertThrows(InvalidInputException.class,
                () -> Nik.parse("3204310513900001", TODAY));
        assertTrue(month.getMessage().contains("month 13"), month.getMessage());
        InvalidInputException leap = assertThrows(InvalidInputException.class,
                () -> Nik.parse("3204312902010001", TODAY));
        assertTrue(leap.getMessage().contains("not a leap year"), leap.getMessage());
        assertThrows(InvalidInputException.class, () -> Nik.parse("3204317201900001", TODAY));
        assertThrows(InvalidInputException.class, () -> Nik.parse("3204310001900001", TODAY));
    }

    @Test
    void rejectsBirthDatesInTheFuture() {
        assertThrows(InvalidInputException.class, () -> Nik.parse("3204310112260001", TODAY));
    }
}
