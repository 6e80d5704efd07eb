package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedRulesDocumentationTest {
    @Test
    void adminPathsAreThoseOfTheAdminScopedResources() {
        assertEquals(Set.of("/api/admin/keys", "/api/admin/imports", "/api/admin/editions"),
                Set.copyOf(SharedRulesDocumentation.adminPaths()));
    }
}
