package io.newsreaction.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Copies planned offset ranges of live topics into a replay's private topics: same partition, key
 * and value bytes, timestamp and headers, in offset order (read committed). Tick ties are broken by
 * offset in the topology, and a copy keeps each partition's order, so it keeps the tie order too.
 */
final class InputCopier implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    /** Which records of a range to copy. */
    interface Filter {
        boolean keep(String topic, byte[] value, long timestamp);
    }

    private final Map<String, Object> consumerConfig;
    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicReference<Exception> sendFailure = new AtomicReference<>();

    InputCopier(Map<String, ?> kafkaConfig) {
        consumerConfig = new HashMap<>(kafkaConfig);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // one request in flight: a retried first batch (e.g. the new topic's leader not yet known) cannot
        // leave later batches waiting on an out-of-order sequence
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerConfig.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Copies the ranges into {@code target} (same partition numbers) and returns the number of records copied;
     * {@code read} is told after each poll how many planned offsets have been read so far.
     */
    long copy(List<PartitionRange> ranges, String target, Filter filter, LongConsumer read) {
        List<PartitionRange> todo = ranges.stream().filter(r -> !r.isEmpty()).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, Long> until = new HashMap<>();
        long copied = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            todo.forEach(r -> until.put(new TopicPartition(r.topic(), r.partition()), r.toOffset()));
            consumer.assign(until.keySet());
            todo.forEach(r -> consumer.seek(new TopicPartition(r.topic(), r.partition()), r.fromOffset()));
            copied = pump(consumer, until, target, filter, read);
        }
        producer.flush();
        Exception failure = sendFailure.get();
        if (failure != null) {
            throw new IllegalStateException("cannot write to " + target + ": " + failure.getMessage(), failure);
        }
        return copied;
    }

    private long pump(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> until, String target,
            Filter filter, LongConsumer read) {
        long planned = remaining(consumer, until);
        long copied = 0;
        long lastRemaining = Long.MAX_VALUE;
        long lastProgress = System.nanoTime();
        for (long remaining = remaining(consumer, until); remaining > 0; remaining = remaining(consumer, until)) {
            if (remaining < lastRemaining) {
                lastRemaining = remaining;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("copying into " + target + " made no progress for "
                        + STALL_LIMIT.toSeconds() + " s");
            }
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                copied += send(r, target, until, filter);
            }
            read.accept(planned - remaining(consumer, until));
        }
        return copied;
    }

    private int send(ConsumerRecord<byte[], byte[]> r, String target, Map<TopicPartition, Long> until, Filter filter) {
        boolean planned = r.offset() < until.get(new TopicPartition(r.topic(), r.partition()));
        if (!planned || !filter.keep(r.topic(), r.value(), r.timestamp())) {
            return 0;
        }
        producer.send(new ProducerRecord<>(target, r.partition(), r.timestamp(), r.key(), r.value(), r.headers()),
                (metadata, e) -> {
                    if (e != null) {
                        sendFailure.compareAndSet(null, e);
                    }
                });
        return 1;
    }

    private static long remaining(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> until) {
        long remaining = 0;
        for (Map.Entry<TopicPartition, Long> e : until.entrySet()) {
            remaining += Math.max(0, e.getValue() - consumer.position(e.getKey()));
        }
        return remaining;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
