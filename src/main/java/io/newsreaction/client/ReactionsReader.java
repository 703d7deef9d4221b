package io.newsreaction.client;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a reactions topic up to its end (read committed) and keeps the latest revision per key: on
 * a compacted topic that is the whole answer.
 */
public final class ReactionsReader {
    private static final Duration POLL = Duration.ofMillis(200);

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
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<K, V> latest = new LinkedHashMap<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
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
            while (!reachedEnd(consumer, end)) {
                for (ConsumerRecord<K, V> r : consumer.poll(POLL)) {
                    if (r.value() == null) {
                        latest.remove(r.key());
                    } else {
                        latest.put(r.key(), r.value());
                    }
                }
            }
        }
        return latest;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Counts by status, e.g. {@code 120 FINAL, 3 NO_REFERENCE, 2 PROVISIONAL}. */
    public static String statusSummary(List<MarketReaction> reactions) {
        Map<String, Long> counts = reactions.stream().collect(Collectors.groupingBy(
                r -> r.getStatus().name(), java.util.TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> String.format(Locale.ROOT, "%d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
    }
}
