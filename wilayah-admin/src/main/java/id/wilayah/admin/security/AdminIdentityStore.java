package id.wilayah.admin.security;

import id.wilayah.domain.admin.AdminUserService;
import id.wilayah.domain.admin.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Console administrators from the admin_user table (PBKDF2 hashes); each attempt is kept for the login page. The
 * session's caller is the canonical username, whatever spelling was typed, so pages and the audit log name each
 * administrator one way.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {
    @Inject
    AdminUserService admins;

    @Inject
    LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = admins.login(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(outcome);
        return outcome.success()
                ? new CredentialValidationResult(outcome.username(), Set.of(ConsoleSecurity.ROLE))
                : CredentialValidationResult.INVALID_RESULT;
    }
}
