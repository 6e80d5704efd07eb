package id.wilayah.domain.region;

/** The four administrative levels, with the code lengths each accepts (districts are 6 digits in Kemendagri, 7 in BPS). */
public enum Level {
    PROVINCE("provinsi", 2, 2),
    REGENCY("kota", 4, 4),
    DISTRICT("kecamatan", 6, 7),
    VILLAGE("kelurahan", 10, 10);

    private final String label;
    private final int minDigits;
    private final int maxDigits;

    Level(String label, int minDigits, int maxDigits) {
        this.label = label;
        this.minDigits = minDigits;
        this.maxDigits = maxDigits;
    }

    public String label() {
        return label;
    }

    public boolean accepts(String digits) {
        return digits.length() == minDigits || digits.length() == maxDigits;
    }

    public String expectedLength() {
        return minDigits == maxDigits ? minDigits + " digits" : minDigits + " or " + maxDigits + " digits";
    }

    public static Level ofCode(String digits) {
        for (Level level : values()) {
            if (level.accepts(digits)) {
                return level;
            }
        }
        return null;
    }
}
