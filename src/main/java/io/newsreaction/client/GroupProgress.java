package io.newsreaction.client;

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
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a Kafka Streams application's consumer group is behind the last committed records of the
 * topics it reads (inputs and its repartition topics): zero means everything published so far has
 * been processed and committed.
 */
public final class GroupProgress implements AutoCloseable {
    /** What {@link #lagOrUnknown()} returns when the lag could not be read. */
    public static final long UNKNOWN = Long.MAX_VALUE;
    private static final long TIMEOUT_MS = 15_000;
    private final Admin admin;
    private final String groupId;
    private final List<String> topics;

    public GroupProgress(Map<String, ?> kafkaConfig, String groupId, List<String> topics) {
        this.admin = Admin.create(new HashMap<>(kafkaConfig));
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
    }

    /** Records not yet consumed-and-committed by the group, summed over every partition of the topics. */
    public long lag() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()),
                OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResultInfo> e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            long position = c == null ? 0 : c.offset();
            lag += Math.max(0, e.getValue().offset() - position);
        }
        return lag;
    }

    /** {@link #lag()}, or {@link #UNKNOWN} when the cluster did not answer in time. */
    public long lagOrUnknown() throws InterruptedException {
        try {
            return lag();
        } catch (ExecutionException | TimeoutException e) {
            return UNKNOWN;
        }
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
