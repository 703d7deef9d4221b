package io.newsreaction.runtime;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Counters kept outside the topology that the metrics endpoint exposes: the schema registry
 * client's requests and errors, and records sent to the dead-letter queue.
 *
 * @param registryRequests requests made to the schema registry so far
 * @param registryErrors   failed schema registry requests so far
 * @param dlqRecords       records sent to the dead-letter queue so far
 */
public record ExternalCounters(LongSupplier registryRequests, LongSupplier registryErrors, LongSupplier dlqRecords) {
    public ExternalCounters {
        Objects.requireNonNull(registryRequests, "registryRequests");
        Objects.requireNonNull(registryErrors, "registryErrors");
        Objects.requireNonNull(dlqRecords, "dlqRecords");
    }

    /** All zero; for tests and for a process without a registry client. */
    public static ExternalCounters none() {
        return new ExternalCounters(() -> 0, () -> 0, () -> 0);
    }
}
