package io.newsreaction.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The topics of one bench data set, all with {@code partitions} partitions. With
 * {@code logAppendTime} the ticks and reactions topics stamp records with the broker's append
 * time, which the latency phase reads; the throughput data keep event time (the naive join's
 * windows run on record timestamps). Retention is infinite: the bench's event times lie in the
 * past, and time-based retention would delete the records before they are read.
 */
public record BenchTopics(String headlines, String ticks, String reactions, String dlq, int partitions, boolean logAppendTime) {
    private static final long TIMEOUT_MS = 30_000;

    /** Topics named {@code <prefix>.headlines}, {@code .ticks}, {@code .reactions}, {@code .dlq}. */
    public static BenchTopics named(String prefix, int partitions, boolean logAppendTime) {
        return new BenchTopics(prefix + ".headlines", prefix + ".ticks", prefix + ".reactions", prefix + ".dlq",
                partitions, logAppendTime);
    }

    public void create(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, String> keep = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        Map<String, String> keepAppendTime = logAppendTime
                ? Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime") : keep;
        List<NewTopic> topics = List.of(
                new NewTopic(headlines, partitions, (short) 1).configs(keep),
                new NewTopic(ticks, partitions, (short) 1).configs(keepAppendTime),
                new NewTopic(reactions, partitions, (short) 1).configs(keepAppendTime),
                new NewTopic(dlq, partitions, (short) 1).configs(keep));
        admin.createTopics(topics).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
    }

    /**
     * Waits until the broker leads every partition: a producer that starts earlier gets
     * NOT_LEADER_OR_FOLLOWER, and its idempotent retries can then fail on sequence numbers.
     */
    private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (leadersKnown(admin, names)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new TimeoutException("no leader for every partition of " + names + " after " + TIMEOUT_MS + " ms");
    }

    /** False while the broker answering does not know a topic yet: its metadata lags the controller's. */
    private static boolean leadersKnown(Admin admin, List<String> names) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return admin.describeTopics(names).allTopicNames().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).values().stream()
                    .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }
}
