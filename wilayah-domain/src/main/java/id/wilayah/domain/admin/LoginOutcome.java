package id.wilayah.domain.admin;

/** The result of one password check; on success, the credential version the new session belongs to. */
public record LoginOutcome(boolean success, boolean mustChangePassword, int credentialVersion) {
    static LoginOutcome succeeded(AdminUser user) {
        return new LoginOutcome(true, user.isMustChangePassword(), user.getCredentialVersion());
    }

    static LoginOutcome failed() {
        return new LoginOutcome(false, false, 0);
    }
}
