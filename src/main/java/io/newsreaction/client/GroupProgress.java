package io.newsreaction.client;

import java.time.Duration;
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
        Map<TopicPartition, ListOffsetsResultInfo> ends = committedEnds();
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

    /**
     * Waits until the read-committed ends of the topics add up to at least {@code offsets}, e.g. the
     * records one transaction published to new topics: a producer's commit returns before the
     * transaction's markers are written, and until they are, the records count neither as published
     * nor as lag. False if that did not happen within {@code timeout}.
     */
    public boolean awaitCommittedEnds(long offsets, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            try {
                if (committedEnds().values().stream().mapToLong(ListOffsetsResultInfo::offset).sum() >= offsets) {
                    return true;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not readable yet: try again until the deadline
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> committedEnds() throws InterruptedException, ExecutionException,
            TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()),
                OffsetSpec.latest())));
        return admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
