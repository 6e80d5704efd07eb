package id.wilayah.domain.admin;

import java.time.Instant;

/** An administrator as the console lists them; never the password hash. */
public record AdminView(String username, Instant createdAt, Instant lastLoginAt, boolean mustChangePassword,
                        boolean enabled) {
    static AdminView of(AdminUser user) {
        return new AdminView(user.getUsername(), user.getCreatedAt(), user.getLastLoginAt(),
                user.isMustChangePassword(), user.isEnabled());
    }
}
