package id.wilayah.admin.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmbiguousPathsTest {
    @ParameterizedTest
    @ValueSource(strings = {"/api/..%2fadmin%2flogin.xhtml", "/nusantara/..%2Fadmin%2Fkeys.xhtml",
        "/api/%2e%2e/admin/login.xhtml", "/api/%2E./admin/login.xhtml", "/api/..%5cadmin%5clogin.xhtml",
        "/api/..\\admin\\login.xhtml", "/api/../admin/login.xhtml", "/api/..;x=y/admin/login.xhtml",
        "/api/./provinsi", "/openapi-ui/..", "/api/kota/32%2F04"})
    void pathsThatRouteElsewhereThanTheyReadAreAmbiguous(String path) {
        assertTrue(AmbiguousPaths.isAmbiguous(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/provinsi/32", "/api/kota/32.04", "/api/editions/kemendagri-2025/diff/bps-2018",
        "/admin/login.xhtml", "/admin;jsessionid=abc/keys.xhtml", "/api/search/%20bandung", "/", "/api/...x",
        "/openapi-ui/index.html"})
    void ordinaryPathsAreNot(String path) {
        assertFalse(AmbiguousPaths.isAmbiguous(path), path);
    }
}
