package id.wilayah.domain.admin;

/** Fired inside the transaction that replaced an administrator's password. */
public record AdminPasswordChanged(String username) {
}
