package id.wilayah.domain.admin;

import id.wilayah.domain.apikey.KeyHasher;
import id.wilayah.domain.audit.AuditLog;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.text.NameCharacters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

@ApplicationScoped
public class AdminUserService {
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,100}");
    private static final int MAX_PASSWORD_LENGTH = 200;

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    AuditLog audit;

    @Inject
    Event<AdminPasswordChanged> passwordChanged;

    private volatile String unknownUserHash;

    @Transactional
    public boolean anyAdminExists() {
        return em.createQuery("select count(u) from AdminUser u", Long.class).getSingleResult() > 0;
    }

    /**
     * The one spelling of a username that is stored, compared and audited: trimmed and in lower case, so {@code Admin }
     * and {@code admin} are one account and the audit log names it one way.
     */
    public static String canonical(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Creates an administrator who must choose a new password at first login. */
    @Transactional
    public void createWithTemporaryPassword(String username, String temporaryPassword, String createdBy) {
        String name = canonical(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("A username has 3 to 100 letters, digits, dots, dashes or underscores");
        }
        if (find(name).isPresent()) {
            throw new InvalidInputException("An administrator named " + name + " already exists");
        }
        requireAcceptable(temporaryPassword);
        em.persist(new AdminUser(name, passwordHash.generate(temporaryPassword.toCharArray()), true));
        audit.record(createdBy, "ADMIN_CREATED", name, null);
    }

    /**
     * Checks a password and audits the attempt. Failures never lock the account (anyone could lock out anyone); the
     * console throttles guessing per client address and username instead.
     */
    @Transactional
    public LoginOutcome login(String typedUsername, String password) {
        String username = canonical(typedUsername);
        Optional<AdminUser> found = find(username);
        if (found.isEmpty()) {
            // As slow as a real check, so response times do not tell which usernames exist.
            passwordHash.verify(password.toCharArray(), unknownUserHash());
            String typed = NameCharacters.visible(username);
            audit.record(typed, "LOGIN_FAILED", typed, "unknown user");
            return LoginOutcome.failed();
        }
        AdminUser user = found.get();
        if (!passwordHash.verify(password.toCharArray(), user.getPasswordHash())) {
            audit.record(username, "LOGIN_FAILED", username, "wrong password");
            return LoginOutcome.failed();
        }
        if (!user.isEnabled()) {
            audit.record(username, "LOGIN_FAILED", username, "disabled");
            return LoginOutcome.failed();
        }
        user.recordLogin(Instant.now());
        audit.record(username, "LOGIN", username, null);
        return LoginOutcome.succeeded(user);
    }

    /** Replaces the password and ends the administrator's other sessions; returns the new credential version. */
    @Transactional
    public int changePassword(String username, String currentPassword, String newPassword) {
        AdminUser user = find(username).orElseThrow(() -> new InvalidInputException("Unknown administrator"));
        if (currentPassword == null || !passwordHash.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw new InvalidInputException("The current password is not correct");
        }
        requireAcceptable(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("The new password must differ from the current one");
        }
        user.changePassword(passwordHash.generate(newPassword.toCharArray()));
        audit.record(username, "PASSWORD_CHANGED", username, null);
        passwordChanged.fire(new AdminPasswordChanged(username));
        return user.getCredentialVersion();
    }

    /**
     * The credential version a session of this administrator must carry to stay valid; empty once the administrator
     * is disabled or deleted. Read from the database on every check, so a change on one node ends sessions on all.
     */
    @Transactional
    public OptionalInt sessionCredential(String username) {
        return find(username).filter(AdminUser::isEnabled).stream().mapToInt(AdminUser::getCredentialVersion)
                .findFirst();
    }

    /** Disabling ends the administrator's sessions and refuses their logins; never oneself or the last enabled. */
    @Transactional
    public void disable(String username, String actor) {
        AdminUser user = otherAdministrator(username, actor);
        if (user.isEnabled()) {
            requireAnotherEnabled(user);
            user.disable();
            audit.record(actor, "ADMIN_DISABLED", user.getUsername(), null);
        }
    }

    @Transactional
    public void enable(String username, String actor) {
        AdminUser user = otherAdministrator(username, actor);
        if (!user.isEnabled()) {
            user.enable();
            audit.record(actor, "ADMIN_ENABLED", user.getUsername(), null);
        }
    }

    @Transactional
    public void delete(String username, String actor) {
        AdminUser user = otherAdministrator(username, actor);
        if (user.isEnabled()) {
            requireAnotherEnabled(user);
        }
        em.remove(user);
        audit.record(actor, "ADMIN_DELETED", user.getUsername(), null);
    }

    private AdminUser otherAdministrator(String username, String actor) {
        AdminUser user = find(username).orElseThrow(() -> new InvalidInputException("Unknown administrator"));
        if (user.getUsername().equals(actor)) {
            throw new InvalidInputException("You cannot disable or delete yourself");
        }
        return user;
    }

    /** Locks every enabled administrator, so two admins disabling each other at once cannot both succeed. */
    private void requireAnotherEnabled(AdminUser user) {
        long othersEnabled = em.createQuery("select u from AdminUser u where u.enabled = true", AdminUser.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(other -> !other.getId().equals(user.getId())).count();
        if (othersEnabled == 0) {
            throw new InvalidInputException("The last enabled administrator cannot be disabled or deleted");
        }
    }

    @Transactional
    public boolean mustChangePassword(String username) {
        return find(username).map(AdminUser::isMustChangePassword).orElse(false);
    }

    @Transactional
    public List<AdminView> list() {
        return em.createQuery("select u from AdminUser u order by u.username", AdminUser.class).getResultStream()
                .map(AdminView::of).toList();
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = passwordHash.generate(KeyHasher.newSecret().toCharArray());
        }
        return unknownUserHash;
    }

    /** Compared in binary, so only the canonical spelling matches (the column's collation ignores case and spaces). */
    private Optional<AdminUser> find(String username) {
        String name = canonical(username);
        return em.createQuery("select u from AdminUser u where u.username = :name", AdminUser.class)
                .setParameter("name", name).getResultStream().filter(user -> user.getUsername().equals(name))
                .findFirst();
    }

    private static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("A password has " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH
                    + " characters");
        }
    }
}
