package id.wilayah.domain.apikey;

/** READ opens the data surfaces; ADMIN additionally opens /api/admin. */
public enum Scope {
    READ,
    ADMIN;

    public boolean allows(Scope required) {
        return this == ADMIN || required == READ;
    }
}
