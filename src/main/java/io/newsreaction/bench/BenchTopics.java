package io.newsreaction.bench;

import io.newsreaction.client.NewTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The topics of one bench data set, all with {@code partitions} partitions. With
 * {@code logAppendTime} the ticks and reactions topics stamp records with the broker's append
 * time, which the latency phase reads; the throughput data keep event time (the naive join's
 * windows run on record timestamps). Retention is infinite: the bench's event times lie in the
 * past, and time-based retention would delete the records before they are read.
 */
public record BenchTopics(String headlines, String ticks, String reactions, String dlq, int partitions, boolean logAppendTime) {
    private static final long TIMEOUT_MS = 30_000;
    /** The cluster's {@code default.replication.factor}: 1 on the embedded broker, 3 on a 3-broker cluster. */
    private static final short BROKER_DEFAULT_REPLICATION = -1;

    /** Topics named {@code <prefix>.headlines}, {@code .ticks}, {@code .reactions}, {@code .dlq}. */
    public static BenchTopics named(String prefix, int partitions, boolean logAppendTime) {
        return new BenchTopics(prefix + ".headlines", prefix + ".ticks", prefix + ".reactions", prefix + ".dlq",
                partitions, logAppendTime);
    }

    /** The app's event topic, beside its reactions. */
    public String events() {
        return reactions + ".events";
    }

    /** The app's cohort-statistics topic, beside its reactions. */
    public String stats() {
        return reactions + ".stats";
    }

    public void create(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, String> keep = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        Map<String, String> keepAppendTime = logAppendTime
                ? Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime") : keep;
        List<NewTopic> topics = List.of(
                new NewTopic(headlines, partitions, BROKER_DEFAULT_REPLICATION).configs(keep),
                new NewTopic(ticks, partitions, BROKER_DEFAULT_REPLICATION).configs(keepAppendTime),
                new NewTopic(reactions, partitions, BROKER_DEFAULT_REPLICATION).configs(keepAppendTime),
                new NewTopic(dlq, partitions, BROKER_DEFAULT_REPLICATION).configs(keep),
                new NewTopic(events(), partitions, BROKER_DEFAULT_REPLICATION).configs(keepAppendTime),
                new NewTopic(stats(), partitions, BROKER_DEFAULT_REPLICATION).configs(keepAppendTime));
        admin.createTopics(topics).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        // A producer that starts before the broker leads every partition gets NOT_LEADER_OR_FOLLOWER.
        NewTopics.awaitLeaders(admin, topics.stream().map(NewTopic::name).toList(), Duration.ofMillis(TIMEOUT_MS));
    }
}
