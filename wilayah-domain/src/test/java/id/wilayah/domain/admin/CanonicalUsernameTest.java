package id.wilayah.domain.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalUsernameTest {
    @Test
    void everySpellingOfAUsernameIsStoredAndAuditedAsOne() {
        assertEquals("admin", AdminUserService.canonical("admin"));
        assertEquals("admin", AdminUserService.canonical("  ADMIN \t"));
        assertEquals("ops.team-1", AdminUserService.canonical("Ops.Team-1"));
        assertEquals("", AdminUserService.canonical(null));
    }
}
