package io.newsreaction.ingest;

import io.newsreaction.client.TopicAdmin;
import io.newsreaction.config.TopicSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the target topic of an ingest exists before a transaction starts: a missing topic is
 * created with {@code topics.partitions} partitions when {@code topics.auto-create} is on (so the
 * ticks topic keeps the partition count the service expects), otherwise it is an error. Doubles as
 * the "is Kafka reachable" check, with a time limit.
 */
public final class TopicCheck {
    private static final Logger log = LoggerFactory.getLogger(TopicCheck.class);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicCheck() {
    }

    public static void ensure(Map<String, String> kafkaConfig, TopicSettings topics, String topic) {
        String bootstrap = kafkaConfig.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.putIfAbsent(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        Admin admin = Admin.create(config);
        try {
            if (!exists(admin, topic)) {
                create(admin, topics, topic);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topic " + topic, e);
        } catch (TimeoutException e) {
            throw unreachable(bootstrap, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(bootstrap, e.getCause());
            }
            throw new IllegalStateException("cannot check topic " + topic + " at " + bootstrap + ": "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            admin.close(Duration.ofSeconds(5));
        }
    }

    private static IllegalStateException unreachable(String bootstrap, Throwable cause) {
        return TopicAdmin.unreachable(bootstrap, TIMEOUT, cause);
    }

    private static boolean exists(Admin admin, String topic) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    private static void create(Admin admin, TopicSettings topics, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!topics.autoCreate()) {
            throw new IllegalStateException("topic " + topic + " does not exist and topics.auto-create is false");
        }
        try {
            admin.createTopics(List.of(new NewTopic(topic, topics.partitions(), (short) -1)))
                    .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("created topic {} with {} partitions", topic, topics.partitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
