package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.wilayah.api.http.auth.AdminScoped;
import id.wilayah.api.http.cost.Expensive;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Each operation the expensive-read filter may refuse is documented with its 429 and 503, under its own path. */
    @Test
    void theExpensiveOperationsAreFoundUnderTheirDocumentedPaths() {
        Set<String> expensive = ResourceOperations.of(new NativeApi()).annotatedWith(Expensive.class).stream()
                .map(operation -> operation.httpMethod() + " " + operation.path())
                .collect(Collectors.toSet());
        assertEquals(Set.of("GET /api/editions/{from}/diff/{to}", "GET /api/export/{level}.csv", "GET /api/search",
                "POST /api/crosswalk", "GET /api/export/crosswalk.csv", "POST /api/resolve",
                "GET /api/export/{level}.geojson"), expensive);
    }
}
