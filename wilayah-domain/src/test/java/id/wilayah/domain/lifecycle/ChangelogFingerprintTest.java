package id.wilayah.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogFingerprintTest {
    private static final String MASTER = "db/changelog/db.changelog-master.xml";

    @TempDir
    Path root;

    @Test
    void theProductsChangelogHasAStableFingerprint() {
        ClassLoader loader = getClass().getClassLoader();

        String fingerprint = ChangelogFingerprint.of(loader, MASTER);

        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertEquals(fingerprint, ChangelogFingerprint.of(loader, MASTER));
    }

    @Test
    void changesWhenAnIncludedFileChanges() throws IOException {
        write(MASTER, "<databaseChangeLog>\n    <include file=\"db/changelog/001.xml\"/>\n</databaseChangeLog>");
        write("db/changelog/001.xml", "<changeSet id=\"001\"/>");
        String before = ChangelogFingerprint.of(loader(), MASTER);

        write("db/changelog/001.xml", "<changeSet id=\"001\"><addColumn/></changeSet>");

        assertNotEquals(before, ChangelogFingerprint.of(loader(), MASTER));
    }

    @Test
    void changesWhenAFileIsIncluded() throws IOException {
        write("db/changelog/001.xml", "<changeSet id=\"001\"/>");
        write("db/changelog/002.xml", "<changeSet id=\"002\"/>");
        write(MASTER, "<include file=\"db/changelog/001.xml\"/>");
        String before = ChangelogFingerprint.of(loader(), MASTER);

        write(MASTER, "<include file=\"db/changelog/001.xml\"/>\n<include file=\"db/changelog/002.xml\"/>");

        assertNotEquals(before, ChangelogFingerprint.of(loader(), MASTER));
    }

    @Test
    void aMissingIncludedFileIsAnError() throws IOException {
        write(MASTER, "<include file=\"db/changelog/404.xml\"/>");

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ChangelogFingerprint.of(loader(), MASTER));
        assertTrue(missing.getMessage().contains("db/changelog/404.xml"), missing.getMessage());
    }

    private void write(String resource, String content) throws IOException {
        Path file = root.resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
