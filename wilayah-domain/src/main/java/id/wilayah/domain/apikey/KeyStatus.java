package id.wilayah.domain.apikey;

/** GRACE: rotated, the old secret still works until its grace period ends; REPLACED: that period is over. */
public enum KeyStatus {
    ACTIVE,
    GRACE,
    REPLACED,
    EXPIRED,
    REVOKED
}
