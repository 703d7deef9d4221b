package io.newsreaction.runtime;

import io.newsreaction.config.ConfigKeys;
import io.newsreaction.config.RegistryStartupSettings;
import io.newsreaction.config.Secrets;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the schema registry at start: one clear log line per failed attempt, then a clear
 * failure after {@code registry.startup.max-attempts}. An answer that waiting cannot fix (e.g. 401
 * for wrong credentials) fails at once. Once running, the serdes work from their caches if the
 * registry goes away.
 */
public final class RegistryWait {
    private static final Logger log = LoggerFactory.getLogger(RegistryWait.class);

    private RegistryWait() {
    }

    /** Returns once the registry lists its subjects; {@code url} is only shown, with any user info masked. */
    public static void await(SchemaRegistryClient client, RegistryStartupSettings startup, String rawUrl) throws InterruptedException {
        String url = Secrets.mask(ConfigKeys.REGISTRY_URL, rawUrl);
        for (int attempt = 1; ; attempt++) {
            try {
                client.subjects();
                return;
            } catch (RuntimeException e) {
                if (e instanceof SchemaRegistryException sre && !sre.isRetriable()) {
                    throw new IllegalStateException("schema registry at " + url + " refused the request: " + e.getMessage(), e);
                }
                if (attempt >= startup.maxAttempts()) {
                    throw new IllegalStateException("schema registry at " + url + " not available after "
                            + attempt + " attempts: " + e.getMessage(), e);
                }
                log.warn("schema registry at {} not available (attempt {}/{}): {}; retrying in {}",
                        url, attempt, startup.maxAttempts(), e.getMessage(), startup.backoff());
                Thread.sleep(startup.backoff().toMillis());
            }
        }
    }
}
