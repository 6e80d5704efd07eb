package id.wilayah.admin.web;

import id.wilayah.admin.security.ConsoleSecurity;
import id.wilayah.admin.security.LoginAttempt;
import id.wilayah.admin.security.LoginThrottle;
import id.wilayah.domain.admin.AdminUserService;
import id.wilayah.domain.admin.LoginOutcome;
import id.wilayah.domain.client.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;

@Named("login")
@RequestScoped
public class LoginPage {
    @Inject
    LoginAttempt attempt;

    @Inject
    LoginThrottle throttle;

    @Inject
    TrustedProxies proxies;

    private String username;
    private String password;

    public String login() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String client = proxies.clientAddress(request.getRemoteAddr(),
                Collections.list(request.getHeaders(TrustedProxies.FORWARDED)),
                Collections.list(request.getHeaders(TrustedProxies.X_FORWARDED_FOR)));
        Instant now = Instant.now();
        String account = AdminUserService.canonical(username);
        Optional<Duration> refusal = throttle.refusal(client, account, now);
        if (refusal.isPresent()) {
            // Refused before the password is checked: a guesser gets no answer, and no PBKDF2 work is spent on them.
            Messages.error("Too many failed logins for this username from your address; try again in "
                    + Math.max(1, refusal.get().toSeconds()) + " s.");
            return null;
        }
        // A fresh session id before authenticating: an id planted before login is worth nothing afterwards.
        request.getSession(true);
        request.changeSessionId();
        request.setAttribute(ConsoleSecurity.CREDENTIAL, new UsernamePasswordCredential(username, new Password(password)));
        request.authenticate((HttpServletResponse) external.getResponse());
        LoginOutcome outcome = attempt.outcome().orElse(null);
        if (outcome == null || !outcome.success()) {
            throttle.recordFailure(client, account, now);
            // One message whether or not the username exists, so usernames cannot be enumerated.
            Messages.error("Wrong username or password.");
            return null;
        }
        throttle.recordSuccess(client, account);
        request.getSession().setAttribute(ConsoleSecurity.MUST_CHANGE_PASSWORD, outcome.mustChangePassword());
        request.getSession().setAttribute(ConsoleSecurity.CREDENTIAL_VERSION, outcome.credentialVersion());
        return outcome.mustChangePassword() ? "change-password?faces-redirect=true" : "keys?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
