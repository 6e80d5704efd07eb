package id.wilayah.domain.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a Liquibase master changelog and of every file it includes, in order: the same fingerprint means the
 * same changesets with the same content, so a database updated to it has nothing left to apply.
 */
public final class ChangelogFingerprint {
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

    private ChangelogFingerprint() {
    }

    public static String of(ClassLoader loader, String master) {
        MessageDigest digest = sha256();
        byte[] masterBytes = read(loader, master);
        digest.update(masterBytes);
        Matcher include = INCLUDE.matcher(new String(masterBytes, StandardCharsets.UTF_8));
        while (include.find()) {
            digest.update(read(loader, include.group(1)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Changelog file not found: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
