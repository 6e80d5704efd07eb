package id.wilayah.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's login: the Faces login page hands the typed credentials over through {@code SecurityContext}, and the
 * session keeps the administrator afterwards. Acts only on /admin pages protected in web.xml, so the API surfaces (API
 * keys, no sessions) are untouched. A stranger on a protected page is sent to the login page without a byte of the
 * request's body being read: a saved request (what the standard form mechanisms keep for after the login) would
 * parse any form or multipart a stranger sends, at whatever pace and size they send it.
 */
@AutoApplySession
@ApplicationScoped
public class ConsoleSecurity implements HttpAuthenticationMechanism {
    public static final String ROLE = "admin";
    public static final String LOGIN_PAGE = "/admin/login.xhtml";
    public static final String CHANGE_PASSWORD_PAGE = "/admin/change-password.xhtml";
    /** Session flag set at login and cleared by a password change; while set, every page leads to the change form. */
    public static final String MUST_CHANGE_PASSWORD = "wilayah.mustChangePassword";
    /** Session attribute: the administrator's credential version at login, compared on every request. */
    public static final String CREDENTIAL_VERSION = "wilayah.credentialVersion";

    @Inject
    IdentityStoreHandler identities;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identities.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getContentLengthLong() != 0) {
            // The unread body stays on the connection; closing it is cheaper than reading a stranger's body.
            response.setHeader("Connection", "close");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
}
