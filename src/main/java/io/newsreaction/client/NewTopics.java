package io.newsreaction.client;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Waiting for topics just created to be usable. {@code createTopics} completes when the controller
 * has them; the broker that answers the next request may not know them yet (its metadata lags the
 * controller's) and then says UNKNOWN_TOPIC_OR_PARTITION, and a partition without a leader makes a
 * producer's first writes bounce (NOT_LEADER_OR_FOLLOWER, then sequence errors on the retries).
 */
public final class NewTopics {
    private static final Duration POLL = Duration.ofMillis(100);

    private NewTopics() {
    }

    /** The topics' descriptions once the broker knows every one and every partition has a leader. */
    public static Map<String, TopicDescription> awaitLeaders(Admin admin, Collection<String> topics, Duration limit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(List.copyOf(topics)).allTopicNames()
                        .get(limit.toMillis(), TimeUnit.MILLISECONDS);
                if (described.values().stream().allMatch(NewTopics::hasLeaders)) {
                    return described;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions of " + topics + " are unknown or have no leader after "
                        + limit.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static boolean hasLeaders(TopicDescription description) {
        return description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    }
}
