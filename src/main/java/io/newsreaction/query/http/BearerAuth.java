package io.newsreaction.query.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Checks {@code Authorization: Bearer <token>} in constant time. Both sides are hashed first so
 * neither the content nor the length of the token leaks through timing.
 */
final class BearerAuth {
    private static final String SCHEME = "bearer ";

    private final byte[] expectedDigest;

    /** @param token the expected token; null or empty lets every request through */
    BearerAuth(String token) {
        this.expectedDigest = token == null || token.isEmpty() ? null : sha256(token);
    }

    boolean required() {
        return expectedDigest != null;
    }

    /** True when no token is required or the header carries the right one. */
    boolean accepts(String authorizationHeader) {
        if (expectedDigest == null) {
            return true;
        }
        if (authorizationHeader == null || authorizationHeader.length() < SCHEME.length()
                || !authorizationHeader.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return false;
        }
        byte[] presented = sha256(authorizationHeader.substring(SCHEME.length()).trim());
        return MessageDigest.isEqual(expectedDigest, presented);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
