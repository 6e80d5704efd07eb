package id.wilayah.domain.edition;

/** Whose codes an edition uses: Kemendagri (6-digit districts) or BPS (7-digit districts). */
public enum CodeSystem {
    KEMENDAGRI,
    BPS
}
