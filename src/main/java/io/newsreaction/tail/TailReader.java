package io.newsreaction.tail;

import io.newsreaction.client.CommittedReader;
import io.newsreaction.client.TopicAdmin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads one topic for {@code tail}: committed records only ({@code read_committed}), every partition
 * assigned by hand so no consumer group is joined and no offset committed, starting at the
 * beginning or at the current end. Stops after a number of records or once no record arrived for
 * an idle timeout.
 */
public final class TailReader implements AutoCloseable {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_POLL = Duration.ofMillis(500);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;

    /** Assigns every partition of {@code topic} and seeks to its beginning or end. */
    public TailReader(Map<String, String> kafkaConfig, String topic, boolean fromBeginning) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(CommittedReader.consumerConfig(kafkaConfig),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = partitions(kafkaConfig.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position); // fix "the end" now, not at the first poll
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private List<TopicPartition> partitions(String bootstrap) {
        try {
            return CommittedReader.partitions(consumer, topic, METADATA_TIMEOUT);
        } catch (TimeoutException e) {
            throw TopicAdmin.unreachable(bootstrap, METADATA_TIMEOUT, e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("topic " + topic + " does not exist at " + bootstrap, e);
        }
    }

    /**
     * Hands records to {@code sink} until {@code maxRecords} were read or {@code idleTimeout} passed
     * without a new record; returns how many were read.
     */
    public long read(TailDecoder decoder, long maxRecords, Duration idleTimeout, Consumer<TailedRecord> sink) {
        long count = 0;
        long idleDeadline = System.nanoTime() + idleTimeout.toNanos();
        while (count < maxRecords) {
            long remaining = idleDeadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            Duration wait = Duration.ofNanos(Math.min(remaining, MAX_POLL.toNanos()));
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(wait)) {
                if (count >= maxRecords) {
                    break;
                }
                sink.accept(new TailedRecord(r.topic(), r.partition(), r.offset(), r.timestamp(),
                        decoder.decode(r.topic(), r.key()), decoder.decode(r.topic(), r.value())));
                count++;
                idleDeadline = System.nanoTime() + idleTimeout.toNanos();
            }
        }
        return count;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
