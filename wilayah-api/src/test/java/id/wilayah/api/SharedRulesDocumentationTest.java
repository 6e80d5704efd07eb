package id.wilayah.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.api.http.auth.AdminScoped;
import id.wilayah.api.http.cost.Expensive;
import jakarta.ws.rs.Path;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.tags.Tag;
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

    /** The edition, codes and caching rules are documented on the reads of the annotated resources, both surfaces. */
    @Test
    void editionRulesAreDocumentedOnTheReadsOfResourcesThatAnswerFromAnEdition() {
        Set<String> reads = SharedRulesDocumentation.readsFromAnEdition();
        assertTrue(reads.containsAll(Set.of("/api/kota/{code}", "/api/kelurahan", "/api/reverse",
                "/api/export/{level}.csv", "/api/{level}/{code}/history", "/nusantara/kecamatan",
                "/nusantara/kelurahan/{code}")), reads::toString);
        assertTrue(reads.stream().noneMatch(path -> path.startsWith("/api/admin") || path.startsWith("/api/editions")
                || path.startsWith("/api/crosswalk") || path.equals("/api/export/crosswalk.csv")
                || path.equals("/api/whoami")), reads::toString);
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

    /** Swagger UI opens on the first tag: a reader meets the regions first and administration last. */
    @Test
    void tagsAreDeclaredOnceInReadingOrder() {
        List<Tag> tags = List.of(tag("Admin: API keys", null), tag("Crosswalk", "links"), tag("Tiles", null),
                tag("Native regions", null), tag("Native regions", "The regions"), tag("Admin: imports", null));
        assertEquals(List.of("Native regions", "Crosswalk", "Tiles", "Admin: API keys", "Admin: imports"),
                SharedRulesDocumentation.declaredOnce(tags).stream().map(Tag::getName).toList());
        assertEquals("The regions", SharedRulesDocumentation.declaredOnce(tags).get(0).getDescription());
    }

    private static Tag tag(String name, String description) {
        return (Tag) Proxy.newProxyInstance(Tag.class.getClassLoader(), new Class<?>[] {Tag.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getDescription" -> description;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
