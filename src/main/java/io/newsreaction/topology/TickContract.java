package io.newsreaction.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * What the service assumes about the producers of the ticks topic (DESIGN §8).
 *
 * @param partitioner   how the producers partition a tick by its key
 * @param maxFutureSkew how far a tick's {@code ts} may lie ahead of its Kafka record timestamp
 */
public record TickContract(TickPartitioner partitioner, Duration maxFutureSkew) {
    public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofMinutes(5);
    public static final TickContract DEFAULT = new TickContract(TickPartitioner.MURMUR2, DEFAULT_MAX_FUTURE_SKEW);

    public TickContract {
        Objects.requireNonNull(partitioner, "partitioner");
        Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must not be negative: " + maxFutureSkew);
        }
    }
}
