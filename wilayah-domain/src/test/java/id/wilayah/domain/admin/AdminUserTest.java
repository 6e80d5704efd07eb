package id.wilayah.domain.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminUserTest {
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final AdminUser user = new AdminUser("ops", "hash", true);

    @Test
    void aSuccessfulLoginIsRemembered() {
        user.recordLogin(now);
        assertEquals(now, user.getLastLoginAt());
    }

    @Test
    void changingThePasswordEndsTheTemporaryOne() {
        user.changePassword("new-hash");
        assertFalse(user.isMustChangePassword());
        assertEquals("new-hash", user.getPasswordHash());
    }

    @Test
    void aPasswordChangeOrDisablingMovesTheCredentialOnSoOlderSessionsEnd() {
        int atLogin = user.getCredentialVersion();
        user.changePassword("new-hash");
        assertNotEquals(atLogin, user.getCredentialVersion());
        int afterChange = user.getCredentialVersion();
        user.disable();
        assertFalse(user.isEnabled());
        assertNotEquals(afterChange, user.getCredentialVersion());
    }
}
