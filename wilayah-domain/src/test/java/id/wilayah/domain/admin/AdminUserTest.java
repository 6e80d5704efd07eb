package id.wilayah.domain.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminUserTest {
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final AdminUser user = new AdminUser("ops", "hash", true);

    @Test
    void theFifthWrongPasswordLocksForTheConfiguredTime() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(now, 5, Duration.ofMinutes(1));
            assertFalse(user.isLockedAt(now));
        }
        user.recordFailedLogin(now, 5, Duration.ofMinutes(1));
        assertTrue(user.isLockedAt(now.plusSeconds(59)));
        assertFalse(user.isLockedAt(now.plusSeconds(60)));
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        user.recordFailedLogin(now, 5, Duration.ofMinutes(1));
        user.recordLogin(now);
        assertEquals(0, user.getFailedLogins());
        assertEquals(now, user.getLastLoginAt());
    }

    @Test
    void changingThePasswordEndsTheTemporaryOne() {
        user.changePassword("new-hash");
        assertFalse(user.isMustChangePassword());
        assertEquals("new-hash", user.getPasswordHash());
    }
}
