package id.wilayah.domain.admin;

/** The result of one password check. */
public record LoginOutcome(boolean success, boolean mustChangePassword) {
    static LoginOutcome succeeded(boolean mustChangePassword) {
        return new LoginOutcome(true, mustChangePassword);
    }

    static LoginOutcome failed() {
        return new LoginOutcome(false, false);
    }
}
