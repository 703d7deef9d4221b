package io.newsreaction.client;

import io.newsreaction.config.TopicSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the service's topics when {@code topics.auto-create} is on and checks that the ticks
 * topic has {@code topics.partitions} partitions: stage 1 co-partitions leg requests with ticks,
 * so a mismatch would pair headlines with the wrong symbols' history.
 */
public final class TopicAdmin {
    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private TopicAdmin() {
    }

    /** The six topics of the service with their configs (reactions, events and stats compacted). */
    public static List<NewTopic> topics(TopicSettings topics) {
        short rf = -1;
        return List.of(
                new NewTopic(topics.headlines(), topics.partitions(), rf),
                new NewTopic(topics.ticks(), topics.partitions(), rf),
                new NewTopic(topics.reactions(), topics.partitions(), rf)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(topics.dlq(), topics.partitions(), rf),
                new NewTopic(topics.events(), topics.partitions(), rf)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(topics.stats(), topics.partitions(), rf)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    }

    /**
     * Creates missing topics and checks the ticks topic. A cluster that does not answer within the
     * admin client's {@code default.api.timeout.ms} (30 s unless configured) fails with one line
     * naming the bootstrap servers, and the client is closed without waiting out its calls.
     */
    public static void ensure(Map<String, Object> adminConfig, TopicSettings topics) {
        Map<String, Object> config = new java.util.HashMap<>(adminConfig);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        Duration apiTimeout = Duration.ofMillis(Long.parseLong(config.get(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG).toString()));
        Object bootstrap = config.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        Admin admin = Admin.create(config);
        try {
            if (topics.autoCreate()) {
                create(admin, topics(topics));
            }
            checkTicksPartitions(admin, topics, topics.autoCreate());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topics", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(bootstrap, apiTimeout, cause);
            }
            throw new IllegalStateException("cannot check topics at " + bootstrap + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    /** The error of a cluster that did not answer: what the commands print, one line. */
    public static IllegalStateException unreachable(Object bootstrap, Duration waited, Throwable cause) {
        return new IllegalStateException("cannot reach Kafka at " + bootstrap + " within " + waited.toSeconds()
                + " s", cause);
    }

    private static void create(Admin admin, List<NewTopic> wanted) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (NewTopic t : wanted) {
            if (!existing.contains(t.name())) {
                missing.add(t);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /**
     * Checks the ticks topic's partition count. A topic just created (by this instance or another)
     * can still be unknown to the broker that answers; with {@code justCreated} that is waited out
     * ({@link NewTopics}) for up to {@link #TIMEOUT}, otherwise a missing topic fails at once.
     */
    static void checkTicksPartitions(Admin admin, TopicSettings topics, boolean justCreated)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> described = justCreated
                ? NewTopics.awaitLeaders(admin, List.of(topics.ticks()), TIMEOUT)
                : admin.describeTopics(List.of(topics.ticks())).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        int actual = described.get(topics.ticks()).partitions().size();
        if (actual != topics.partitions()) {
            throw new IllegalStateException("topics.partitions=" + topics.partitions() + " but topic " + topics.ticks()
                    + " has " + actual + " partitions: set topics.partitions to " + actual);
        }
    }
}
