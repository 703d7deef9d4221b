package io.newsreaction.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Stable headline ids for inputs that carry none, so re-ingesting a file yields the same keys. */
public final class HeadlineIds {

    private HeadlineIds() {
    }

    /** {@code "h-"} + 16 hex digits of SHA-256 over the ISO-8601 publication instant, a newline and the title. */
    public static String stableId(long publishedAtMs, String title) {
        String canonical = Instant.ofEpochMilli(publishedAtMs) + "\n" + title;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "h-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
