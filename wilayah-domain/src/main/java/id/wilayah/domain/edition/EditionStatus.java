package id.wilayah.domain.edition;

/** IMPORTING while a job writes it (never served), READY once complete and validated, FAILED if the import broke. */
public enum EditionStatus {
    IMPORTING,
    READY,
    FAILED
}
