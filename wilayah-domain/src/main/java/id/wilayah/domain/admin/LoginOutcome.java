package id.wilayah.domain.admin;

/**
 * The result of one password check; on success, the administrator's canonical username (whatever spelling was typed)
 * and the credential version the new session belongs to.
 */
public record LoginOutcome(boolean success, String username, boolean mustChangePassword, int credentialVersion) {
    static LoginOutcome succeeded(AdminUser user) {
        return new LoginOutcome(true, user.getUsername(), user.isMustChangePassword(), user.getCredentialVersion());
    }

    static LoginOutcome failed() {
        return new LoginOutcome(false, null, false, 0);
    }
}
