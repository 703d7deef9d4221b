package io.newsreaction.config;

import java.time.Duration;

/**
 * How long the service waits for the schema registry at start.
 *
 * @param maxAttempts attempts before giving up (at least 1)
 * @param backoff     pause between attempts
 */
public record RegistryStartupSettings(int maxAttempts, Duration backoff) {
}
