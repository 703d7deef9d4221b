package io.newsreaction.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Looks up, for every partition of a topic, what {@link ReplayPlanner} needs (read committed). The
 * last record's timestamp is read from the partition's tail: Kafka's max-timestamp lookup counts
 * transaction markers, which carry the wall-clock time of the commit.
 */
public final class OffsetSnapshots {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int TAIL = 32;

    private final Admin admin;
    private final Map<String, Object> consumerConfig;

    public OffsetSnapshots(Admin admin, Map<String, ?> kafkaConfig) {
        this.admin = admin;
        this.consumerConfig = new HashMap<>(kafkaConfig);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
    }

    /** Log start, end, the first offset at or after {@code seekTime} and the greatest timestamp per partition. */
    public TopicSnapshot snapshot(String topic, Instant seekTime)
            throws InterruptedException, ExecutionException, TimeoutException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        List<TopicPartition> partitions = description.partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> begin = list(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResultInfo> end = list(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> seek = list(partitions, OffsetSpec.forTimestamp(seekTime.toEpochMilli()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        end.forEach((tp, info) -> ends.put(tp, info.offset()));
        Map<TopicPartition, Long> last = lastTimestamps(ends, begin);
        List<PartitionSnapshot> snapshots = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            snapshots.add(new PartitionSnapshot(tp.partition(), begin.get(tp).offset(), end.get(tp).offset(),
                    seek.get(tp).offset(), seek.get(tp).timestamp(), last.getOrDefault(tp, -1L)));
        }
        return new TopicSnapshot(topic, seekTime, snapshots);
    }

    /** Partition count of {@code topic}. */
    public int partitions(String topic) throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic).partitions().size();
    }

    /** Greatest timestamp among the last few records of each non-empty partition. */
    private Map<TopicPartition, Long> lastTimestamps(Map<TopicPartition, Long> ends,
            Map<TopicPartition, ListOffsetsResultInfo> begins) {
        Map<TopicPartition, Long> last = new HashMap<>();
        List<TopicPartition> nonEmpty = ends.keySet().stream().filter(tp -> ends.get(tp) > begins.get(tp).offset()).toList();
        if (nonEmpty.isEmpty()) {
            return last;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(nonEmpty);
            nonEmpty.forEach(tp -> consumer.seek(tp, Math.max(begins.get(tp).offset(), ends.get(tp) - TAIL)));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (nonEmpty.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    last.merge(new TopicPartition(r.topic(), r.partition()), r.timestamp(), Math::max);
                }
            }
        }
        return last;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> list(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
