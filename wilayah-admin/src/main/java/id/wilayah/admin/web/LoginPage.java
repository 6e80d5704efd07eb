package id.wilayah.admin.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import id.wilayah.admin.security.ConsoleSecurity;
import id.wilayah.admin.security.LoginAttempt;
import id.wilayah.domain.admin.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;

@Named("login")
@RequestScoped
public class LoginPage {
    @Inject
    SecurityContext security;

    @Inject
    LoginAttempt attempt;

    @Inject
    Display display;

    private String username;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A fresh session id before authenticating: an id planted before login is worth nothing afterwards.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        LoginOutcome outcome = attempt.outcome().orElse(null);
        if (outcome == null || !outcome.success()) {
            Messages.error(failureMessage(outcome));
            return null;
        }
        request.getSession().setAttribute(ConsoleSecurity.MUST_CHANGE_PASSWORD, outcome.mustChangePassword());
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        return outcome.mustChangePassword() ? "change-password?faces-redirect=true" : "keys?faces-redirect=true";
    }

    private String failureMessage(LoginOutcome outcome) {
        if (outcome != null && outcome.lockedUntil() != null) {
            long seconds = Math.max(1, Duration.between(Instant.now(), outcome.lockedUntil()).toSeconds());
            return "Too many failed logins: this account is locked until " + display.time(outcome.lockedUntil())
                    + " (" + seconds + " s).";
        }
        return "Wrong username or password.";
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
