package id.wilayah.admin.security;

import id.wilayah.domain.admin.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Carries the identity store's verdict back to the login page within the same request. */
@RequestScoped
public class LoginAttempt {
    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public Optional<LoginOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
