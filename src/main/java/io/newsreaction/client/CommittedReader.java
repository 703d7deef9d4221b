package io.newsreaction.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * The way every command reads a topic: committed records only, every partition assigned by hand so
 * that no consumer group is joined and no offset committed, and "to the end" meaning the end
 * offsets taken when reading starts.
 */
public final class CommittedReader {
    private static final Duration POLL = Duration.ofMillis(200);

    private CommittedReader() {
    }

    /** {@code kafkaConfig} as a read-committed, group-less consumer that creates no topic. */
    public static Map<String, Object> consumerConfig(Map<String, ?> kafkaConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return config;
    }

    /**
     * Every partition of {@code topic}.
     *
     * @throws IllegalStateException when the topic does not exist
     */
    public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** Hands every record to {@code sink} until the consumer's position reaches {@code end} on every partition. */
    public static <K, V> void readTo(KafkaConsumer<K, V> consumer, Map<TopicPartition, Long> end,
            Consumer<ConsumerRecord<K, V>> sink) {
        while (!reached(consumer, end)) {
            consumer.poll(POLL).forEach(sink);
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
