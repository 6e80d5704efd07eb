package id.wilayah.admin.security;

import id.wilayah.admin.http.AmbiguousPaths;
import id.wilayah.admin.http.UnreadRequestBody;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The console's login, as the web module's Jakarta Authentication module: the login page hands the typed credentials
 * over in a request attribute, and the session keeps the administrator afterwards. Every other request passes through
 * untouched, API ones included. A Jakarta Security mechanism would do the same through Soteria's bridge module, which
 * looks the CDI bean manager up in JNDI twice on every request of the WAR (costs: wilayah-api/benchmarks/README.md).
 * A stranger on a protected page is sent to the login page without a byte of the request's body being read: a saved
 * request (what the standard form mechanisms keep for after the login) would parse any form or multipart a stranger
 * sends, at whatever pace and size they send it.
 */
public class ConsoleSecurity implements ServerAuthModule {
    public static final String ROLE = "admin";
    public static final String LOGIN_PAGE = "/admin/login.xhtml";
    public static final String CHANGE_PASSWORD_PAGE = "/admin/change-password.xhtml";
    /** Session flag set at login and cleared by a password change; while set, every page leads to the change form. */
    public static final String MUST_CHANGE_PASSWORD = "wilayah.mustChangePassword";
    /** Session attribute: the administrator's credential version at login, compared on every request. */
    public static final String CREDENTIAL_VERSION = "wilayah.credentialVersion";
    /** Request attribute: the {@link UsernamePasswordCredential} the login page asks this module to check. */
    public static final String CREDENTIAL = "wilayah.credential";
    /** Set by the container when the requested resource needs an authenticated caller (Jakarta Authentication). */
    private static final String PROTECTED = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    /** Asks the container to keep the caller in the session (Jakarta Authentication's Servlet profile). */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    private final AdminIdentityStore identities;
    private CallbackHandler container;

    public ConsoleSecurity(AdminIdentityStore identities) {
        this.identities = identities;
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject caller, Subject service) {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        if (request.getAttribute(CREDENTIAL) instanceof UsernamePasswordCredential credential) {
            request.removeAttribute(CREDENTIAL);
            CredentialValidationResult result = identities.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthStatus.SEND_FAILURE;
            }
            establish(caller, result.getCallerPrincipal(), result.getCallerGroups());
            @SuppressWarnings("unchecked")
            Map<String, Object> options = message.getMap();
            options.put(REGISTER_SESSION, Boolean.TRUE.toString());
            return AuthStatus.SUCCESS;
        }
        Principal loggedIn = request.getUserPrincipal();
        if (loggedIn != null || !Boolean.parseBoolean(String.valueOf(message.getMap().get(PROTECTED)))) {
            establish(caller, loggedIn, Set.of());
            return AuthStatus.SUCCESS;
        }
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        if (request.getContentLengthLong() != 0) {
            // A stranger's body is never read: the connection ends with the answer.
            UnreadRequestBody.drop(request);
            response.setHeader("Connection", "close");
        }
        if (AmbiguousPaths.isAmbiguous(request.getRequestURI())) {
            // Such a path is not routed for anyone (the WAR's filters answer it 404 once logged in): no way to login.
            sendNotFound(response);
            return AuthStatus.SEND_CONTINUE;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + LOGIN_PAGE);
        // Answered before any filter runs, so it sets the header every response carries itself.
        response.setHeader("X-Content-Type-Options", "nosniff");
        return AuthStatus.SEND_CONTINUE;
    }

    private static void sendNotFound(HttpServletResponse response) {
        try {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (IOException clientGone) {
            // Nothing more can be told to a client whose connection is gone.
        }
    }

    /** Tells the container who the caller is: nobody (a null principal), the session's administrator, or a login. */
    private void establish(Subject caller, Principal principal, Set<String> groups) {
        Callback[] callbacks = groups.isEmpty()
                ? new Callback[] {new CallerPrincipalCallback(caller, principal)}
                : new Callback[] {new CallerPrincipalCallback(caller, principal),
                        new GroupPrincipalCallback(caller, groups.toArray(String[]::new))};
        try {
            container.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused the caller of a request", e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
