package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.api.http.auth.AdminScoped;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedRulesDocumentationTest {
    @Test
    void adminPathsAreThoseOfTheAdminScopedResources() {
        assertEquals(Set.of("/api/admin/keys", "/api/admin/imports", "/api/admin/editions"),
                Set.copyOf(SharedRulesDocumentation.adminPaths()));
    }

    /** The key filter enforces the admin scope on the path, the document on the annotation: they must agree. */
    @Test
    void everyResourceUnderTheAdminPathIsAdminScopedAndNoOtherIs() {
        for (Class<?> type : new NativeApi().getClasses()) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                assertEquals(path.value().replaceFirst("^/", "").startsWith(AdminScoped.PATH),
                        type.isAnnotationPresent(AdminScoped.class), type.getName());
            }
        }
    }
}
