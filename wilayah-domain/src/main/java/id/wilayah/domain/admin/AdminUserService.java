package id.wilayah.domain.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AdminUserService {
    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    AuditLog audit;

    @Transactional
    public boolean anyAdminExists() {
        return em.createQuery("select count(u) from AdminUser u", Long.class).getSingleResult() > 0;
    }

    /** Creates an administrator who must choose a new password at first login. */
    @Transactional
    public void createWithTemporaryPassword(String username, String temporaryPassword, String createdBy) {
        em.persist(new AdminUser(username, passwordHash.generate(temporaryPassword.toCharArray()), true));
        audit.record(createdBy, "ADMIN_CREATED", username, null);
    }
}
