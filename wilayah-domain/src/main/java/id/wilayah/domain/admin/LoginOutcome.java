package id.wilayah.domain.admin;

import java.time.Instant;

/** The result of one password check; lockedUntil is set when the account is (now) locked. */
public record LoginOutcome(boolean success, boolean mustChangePassword, Instant lockedUntil) {
    static LoginOutcome succeeded(boolean mustChangePassword) {
        return new LoginOutcome(true, mustChangePassword, null);
    }

    static LoginOutcome failed(Instant lockedUntil) {
        return new LoginOutcome(false, false, lockedUntil);
    }
}
