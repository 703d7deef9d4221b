package io.newsreaction.client;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a reactions topic by headline time. A reaction's record timestamp is its headline's
 * {@code publishedAt}, and {@code offsetsForTimes(from)} returns the first offset with a timestamp at
 * or after {@code from}, so every revision of a headline published at or after {@code from} is at or
 * after that offset: reading from there (read committed) to the end offsets finds the latest revision
 * of every such key without reading the whole topic.
 */
public final class ReactionHistory {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ReactionHistory() {
    }

    /** Latest revision per key with a headline time at or after {@code from} that {@code keep} accepts, oldest first. */
    public static List<MarketReaction> read(Map<String, ?> kafkaConfig, String topic, Deserializer<ReactionKey> keys,
            Deserializer<MarketReaction> values, Instant from, Predicate<MarketReaction> keep) {
        Map<TopicPartition, Long> start = offsetsAt(kafkaConfig, topic, from);
        return ReactionsReader.latestPerKey(kafkaConfig, topic, keys, values, start).stream().filter(keep).toList();
    }

    /** Per partition of {@code topic}: the first offset with a timestamp at or after {@code at}, else the end offset. */
    public static Map<TopicPartition, Long> offsetsAt(Map<String, ?> kafkaConfig, String topic, Instant at) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(CommittedReader.consumerConfig(kafkaConfig),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic, TIMEOUT);
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, at.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> start = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp hit = found.get(tp);
                start.put(tp, hit == null ? end.get(tp) : hit.offset());
            }
            return start;
        }
    }
}
