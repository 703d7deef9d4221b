package io.newsreaction.runtime;

import io.newsreaction.registry.SchemaRegistryException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises a schema registry outage (unreachable, or answering 5xx) anywhere in a cause chain.
 * Such a failure says nothing about the record being read or written, so it must never send the
 * record to the dead-letter queue: the task fails and the record is read again later.
 */
final class RegistryOutage {
    private RegistryOutage() {
    }

    /** The retriable registry failure in the cause chain of {@code failure}, or null. */
    static SchemaRegistryException find(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException e && e.isRetriable()) {
                return e;
            }
        }
        return null;
    }
}
