package io.newsreaction.replay;

import io.newsreaction.client.NewTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a replay's topics and removes what it created: every topic named with the replay's
 * internal prefix (private inputs, dead-letter, repartition and changelog topics) and its consumer
 * group. The output topic is the result and is kept.
 */
final class ReplayTopics {
    private static final Logger log = LoggerFactory.getLogger(ReplayTopics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration GROUP_DELETE_WAIT = Duration.ofSeconds(20);
    private static final Duration TOPIC_DELETE_WAIT = Duration.ofSeconds(30);
    private static final Duration DELETE_POLL = Duration.ofMillis(500);

    private final Admin admin;

    /** Partition counts: the private inputs copy the live inputs' partitioning, the output the live output's. */
    record Partitions(int ticks, int headlines, int output) {
    }

    ReplayTopics(Admin admin) {
        this.admin = admin;
    }

    /** True when a topic of these names already exists (another replay started in the same second). */
    boolean taken(ReplayNames names) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = existing();
        return existing.contains(names.outputTopic()) || existing.contains(names.eventsTopic())
                || existing.stream().anyMatch(t -> t.startsWith(names.internalPrefix()));
    }

    boolean exists(String topic) throws InterruptedException, ExecutionException, TimeoutException {
        return existing().contains(topic);
    }

    /** Private inputs (never time-deleted while the replay runs), dead-letter topic and compacted output. */
    void create(ReplayNames names, Partitions partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, String> keep = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        short rf = -1;
        List<NewTopic> topics = List.of(
                new NewTopic(names.ticksTopic(), partitions.ticks(), rf).configs(keep),
                new NewTopic(names.headlinesTopic(), partitions.headlines(), rf).configs(keep),
                new NewTopic(names.dlqTopic(), partitions.ticks(), rf),
                new NewTopic(names.outputTopic(), partitions.output(), rf).configs(compact),
                new NewTopic(names.eventsTopic(), partitions.output(), rf).configs(compact),
                new NewTopic(names.statsTopic(), partitions.output(), rf).configs(compact));
        admin.createTopics(topics).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        NewTopics.awaitLeaders(admin, topics.stream().map(NewTopic::name).toList(), TIMEOUT);
        log.info("created replay topics {}", topics.stream().map(NewTopic::name).toList());
    }

    /**
     * Deletes the consumer group and every topic with the internal prefix, and returns once the
     * broker lists none of them. A broker with {@code auto.create.topics.enable} (the default)
     * creates a topic again when a producer still holding it in its metadata refreshes; such a
     * topic is deleted again. Returns the deleted topics.
     */
    List<String> cleanup(ReplayNames names) throws InterruptedException, ExecutionException, TimeoutException {
        deleteGroup(names.applicationId());
        Set<String> deleted = new TreeSet<>();
        long deadline = System.nanoTime() + TOPIC_DELETE_WAIT.toNanos();
        while (true) {
            List<String> internal = existing().stream().filter(t -> t.startsWith(names.internalPrefix())).sorted()
                    .toList();
            if (internal.isEmpty()) {
                return List.copyOf(deleted);
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("still listed " + TOPIC_DELETE_WAIT.toSeconds() + " s after deletion: "
                        + internal);
            }
            try {
                admin.deleteTopics(internal).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            deleted.addAll(internal);
            Thread.sleep(DELETE_POLL.toMillis());
        }
    }

    /** Deletes the group, retrying while the closed client's membership is still being removed. */
    private void deleteGroup(String groupId) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + GROUP_DELETE_WAIT.toNanos();
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(groupId)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    return;
                }
                if (!(e.getCause() instanceof GroupNotEmptyException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(DELETE_POLL.toMillis());
            }
        }
    }

    private Set<String> existing() throws InterruptedException, ExecutionException, TimeoutException {
        return admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
