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
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** Looks up, for every partition of a topic, what {@link ReplayPlanner} needs (read committed). */
public final class OffsetSnapshots {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;

    public OffsetSnapshots(Admin admin) {
        this.admin = admin;
    }

    /** Log start, end, the first offset at or after {@code seekTime} and the greatest timestamp per partition. */
    public TopicSnapshot snapshot(String topic, Instant seekTime) throws InterruptedException, ExecutionException, TimeoutException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        List<TopicPartition> partitions = description.partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> begin = list(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResultInfo> end = list(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> seek = list(partitions, OffsetSpec.forTimestamp(seekTime.toEpochMilli()));
        Map<TopicPartition, ListOffsetsResultInfo> max = list(partitions, OffsetSpec.maxTimestamp());
        List<PartitionSnapshot> snapshots = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            snapshots.add(new PartitionSnapshot(tp.partition(), begin.get(tp).offset(), end.get(tp).offset(),
                    seek.get(tp).offset(), seek.get(tp).timestamp(), max.get(tp).timestamp()));
        }
        return new TopicSnapshot(topic, seekTime, snapshots);
    }

    /** Partition count of {@code topic}. */
    public int partitions(String topic) throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic).partitions().size();
    }

    private Map<TopicPartition, ListOffsetsResultInfo> list(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
