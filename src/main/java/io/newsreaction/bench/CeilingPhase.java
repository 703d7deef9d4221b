package io.newsreaction.bench;

import io.newsreaction.avro.Tick;
import io.newsreaction.client.CommittedReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The ceiling: one plain consumer reading the ticks topic from the beginning to its end and
 * decoding every record (key string, Confluent-framed Avro value), with no processing and no
 * commits. No topology on this broker can read ticks faster.
 */
final class CeilingPhase {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private CeilingPhase() {
    }

    /** Records per second, from the first record received to the last. */
    record Result(double ticksPerSec, double seconds, long records, double checksum, double cpuSeconds) {
        double ticksPerCpuSec() {
            return records / cpuSeconds;
        }
    }

    static Result run(BenchContext context, String topic, Duration timeout) {
        Map<String, Object> config = CommittedReader.consumerConfig(context.kafkaConfig());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        Deserializer<Tick> values = context.serdes().tick().deserializer();
        StringDeserializer keys = new StringDeserializer();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic, METADATA_TIMEOUT);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            context.out().printf("  ceiling: a plain consumer decoding %,d ticks (no processing, no commits) ...%n", total);
            TickCounter decoded = TickCounter.on(context.out(), "ceiling: decoded", total);
            long deadline = System.nanoTime() + timeout.toNanos();
            double cpuStart = CpuClock.seconds();
            long read = 0;
            long first = 0;
            double checksum = 0;
            while (read < total && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(POLL);
                if (read == 0 && !batch.isEmpty()) {
                    first = System.nanoTime();
                }
                for (ConsumerRecord<byte[], byte[]> r : batch) {
                    checksum += keys.deserialize(topic, r.key()).length() + values.deserialize(topic, r.value()).getPrice();
                    read++;
                }
                decoded.accept(read);
            }
            double seconds = Math.max(1e-3, (System.nanoTime() - first) / 1e9);
            Result result = new Result(read / seconds, seconds, read, checksum, CpuClock.seconds() - cpuStart);
            decoded.clear();
            context.out().printf("  ceiling: %,d ticks decoded in %.1f s%n", read, seconds);
            return result;
        }
    }
}
