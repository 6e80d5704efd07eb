package id.wilayah.api.http.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicUrlTest {
    @Test
    void keepsPathAndQueryButNeverTheRequestsHost() {
        assertEquals(URI.create("https://wilayah.example/api/provinsi?name=a%20b&page=2"),
                PublicUrl.of("https://wilayah.example/",
                        URI.create("http://evil.example:9/api/provinsi?name=a%20b&page=2")));
        assertEquals(URI.create("https://wilayah.example/api/admin/keys/7"),
                PublicUrl.of(" https://wilayah.example ", URI.create("http://evil.example/api/admin/keys/7")));
    }
}
