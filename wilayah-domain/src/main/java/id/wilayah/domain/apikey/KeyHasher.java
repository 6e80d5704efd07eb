package id.wilayah.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key secrets are 240 random bits, so a fast SHA-256 is a sufficient hash for storage (slow password hashes
 * protect low-entropy secrets and would cost milliseconds per request here).
 */
public final class KeyHasher {
    static final String SECRET_PREFIX = "wly_";
    private static final int SECRET_BYTES = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHasher() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison, so response timing says nothing about how much of a hash matched. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    public static String prefixOf(String secret) {
        return secret.substring(0, Math.min(8, secret.length()));
    }
}
