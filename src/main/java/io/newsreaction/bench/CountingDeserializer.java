package io.newsreaction.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Wraps a deserializer and notes when the first record was read and how many were read: the
 * bench's "first tick consumed" clock. Kafka Streams deserializes a record when it buffers it, at
 * most {@code buffered.records.per.partition} ahead of processing.
 */
final class CountingDeserializer<T> implements Deserializer<T> {
    private final Deserializer<T> inner;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong firstNanos = new AtomicLong(Long.MIN_VALUE);

    CountingDeserializer(Deserializer<T> inner) {
        this.inner = inner;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (count.getAndIncrement() == 0) {
            firstNanos.compareAndSet(Long.MIN_VALUE, System.nanoTime());
        }
        return inner.deserialize(topic, data);
    }

    long count() {
        return count.get();
    }

    /** {@link System#nanoTime()} of the first record, or {@link Long#MIN_VALUE} before it. */
    long firstNanos() {
        return firstNanos.get();
    }
}
