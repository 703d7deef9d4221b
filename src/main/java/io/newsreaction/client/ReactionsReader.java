package io.newsreaction.client;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a reactions topic up to its end (read committed) and keeps the latest revision per key: on
 * a compacted topic that is the whole answer.
 */
public final class ReactionsReader {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private ReactionsReader() {
    }

    /** Orders reactions by headline time, then headline id, then symbol. */
    public static final Comparator<MarketReaction> BY_HEADLINE_TIME = Comparator
            .comparing(MarketReaction::getPublishedAt)
            .thenComparing(MarketReaction::getHeadlineId)
            .thenComparing(MarketReaction::getSymbol);

    /**
     * @param from first offset per partition to read (missing partitions: from the beginning)
     */
    public static List<MarketReaction> latestPerKey(Map<String, ?> kafkaConfig, String topic,
            Deserializer<ReactionKey> keys, Deserializer<MarketReaction> values, Map<TopicPartition, Long> from) {
        return latestRecords(kafkaConfig, topic, keys, values, from).values().stream()
                .sorted(BY_HEADLINE_TIME).collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * The latest value per key of a compacted topic, read committed to its current end; a key whose
     * latest record is a tombstone is absent.
     *
     * @param from first offset per partition to read (missing partitions: from the beginning)
     */
    public static <K, V> Map<K, V> latestRecords(Map<String, ?> kafkaConfig, String topic,
            Deserializer<K> keys, Deserializer<V> values, Map<TopicPartition, Long> from) {
        Map<K, V> latest = new LinkedHashMap<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(CommittedReader.consumerConfig(kafkaConfig), keys, values)) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic, METADATA_TIMEOUT);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (TopicPartition tp : partitions) {
                Long start = from.get(tp);
                if (start == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, start);
                }
            }
            CommittedReader.readTo(consumer, end, r -> {
                if (r.value() == null) {
                    latest.remove(r.key());
                } else {
                    latest.put(r.key(), r.value());
                }
            });
        }
        return latest;
    }

    /** Counts by status, e.g. {@code 120 FINAL, 3 NO_REFERENCE, 2 PROVISIONAL}. */
    public static String statusSummary(List<MarketReaction> reactions) {
        Map<String, Long> counts = reactions.stream().collect(Collectors.groupingBy(
                r -> r.getStatus().name(), java.util.TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> String.format(Locale.ROOT, "%d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
    }
}
