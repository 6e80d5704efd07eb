package id.wilayah.differential;

/** The four levels of the peer's surface: its path, its parent filter, the field carrying the name, its code length. */
enum Level {
    PROVINSI("provinsi", null, "province", 2),
    KABUPATEN("kabupaten", "provinsiCode", "regency", 4),
    KECAMATAN("kecamatan", "kabkotCode", "district", 6),
    KELURAHAN("kelurahan", "kecamatanCode", "village", 10);

    private final String path;
    private final String parentParameter;
    private final String nameField;
    private final int codeLength;

    Level(String path, String parentParameter, String nameField, int codeLength) {
        this.path = path;
        this.parentParameter = parentParameter;
        this.nameField = nameField;
        this.codeLength = codeLength;
    }

    String path() {
        return path;
    }

    String parentParameter() {
        return parentParameter;
    }

    String nameField() {
        return nameField;
    }

    int codeLength() {
        return codeLength;
    }

    Level parent() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
