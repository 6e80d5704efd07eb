package id.wilayah.domain.nik;

import id.wilayah.domain.failure.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;

/**
 * The parts of a 16-digit Nomor Induk Kependudukan: Kemendagri district code (digits 1-6), birth day (plus 40 for
 * women), month and two-digit year (digits 7-12), and a serial (13-16).
 */
public record Nik(String digits, String provinceCode, String regencyCode, String districtCode, LocalDate birthDate,
                  Sex sex, String serial) {
    public static final int LENGTH = 16;
    private static final int FEMALE_DAY_OFFSET = 40;

    public enum Sex {
        MALE,
        FEMALE
    }

    /**
     * Decodes {@code raw} (spaces and dots allowed between digits); the century is the latest one that does not put
     * the birth year after {@code today}'s year.
     */
    public static Nik parse(String raw, LocalDate today) {
        String digits = raw == null ? "" : raw.strip().replace(".", "").replace(" ", "");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("Invalid NIK: only digits are allowed");
        }
        if (digits.length() != LENGTH) {
            throw new InvalidInputException("Invalid NIK: expected " + LENGTH + " digits, got " + digits.length());
        }
        int encodedDay = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int twoDigitYear = Integer.parseInt(digits.substring(10, 12));
        Sex sex = encodedDay > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
        int day = sex == Sex.FEMALE ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
        int thisCentury = today.getYear() / 100 * 100;
        int century = twoDigitYear <= today.getYear() % 100 ? thisCentury : thisCentury - 100;
        int year = century + twoDigitYear;
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidInputException("Invalid NIK: digits 7-12 (" + digits.substring(6, 12)
                    + ") are not a birth date: day " + day + ", month " + month + ", year " + year
                    + (Year.isLeap(year) || month != 2 ? "" : " (not a leap year)"));
        }
        if (birthDate.isAfter(today)) {
            throw new InvalidInputException("Invalid NIK: birth date " + birthDate + " is in the future");
        }
        return new Nik(digits, digits.substring(0, 2), digits.substring(0, 4), digits.substring(0, 6), birthDate, sex,
                digits.substring(12));
    }
}
