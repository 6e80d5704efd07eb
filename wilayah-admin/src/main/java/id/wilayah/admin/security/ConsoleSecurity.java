package id.wilayah.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The console logs in through its own Faces login page; the mechanism only acts on /admin pages protected in web.xml,
 * so the API surfaces (API keys, no sessions) are untouched.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = ConsoleSecurity.LOGIN_PAGE, useForwardToLogin = false,
                errorPage = ""))
@ApplicationScoped
public class ConsoleSecurity {
    public static final String ROLE = "admin";
    public static final String LOGIN_PAGE = "/admin/login.xhtml";
    public static final String CHANGE_PASSWORD_PAGE = "/admin/change-password.xhtml";
    /** Session flag set at login and cleared by a password change; while set, every page leads to the change form. */
    public static final String MUST_CHANGE_PASSWORD = "wilayah.mustChangePassword";
    /** Session attribute: the administrator's credential version at login, compared on every request. */
    public static final String CREDENTIAL_VERSION = "wilayah.credentialVersion";
}
