package io.newsreaction.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.SharedStack;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A replay's cleanup against a stock broker ({@code auto.create.topics.enable} on): a producer
 * that keeps writing to an internal topic while the cleanup runs, as a stream thread still
 * committing does, creates the topic again after its deletion; the cleanup deletes it again and
 * returns only when the broker lists none of the replay's internal topics.
 */
class ReplayCleanupIT {

    @Test
    void shouldDeleteAnInternalTopicThatAProducerCreatesAgain() throws Exception {
        String bootstrap = SharedStack.get().bootstrapServers();
        ReplayNames names = ReplayNames.of(SharedStack.unique("cleanup"), Instant.parse("2025-01-27T14:30:00Z"), null);
        String changelog = names.internalPrefix() + "reaction-progress-store-changelog";
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(changelog, 1, (short) 1),
                    new NewTopic(names.ticksTopic(), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Uuid original = topicId(admin, changelog).orElseThrow();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger acknowledged = new AtomicInteger();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(bootstrap, changelog, writing,
                    acknowledged));
            awaitAtLeast(acknowledged, 1);

            CompletableFuture<List<String>> cleanup = CompletableFuture.supplyAsync(() -> {
                try {
                    return new ReplayTopics(admin).cleanup(names);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // a topic created again has a new topic id
            boolean back = false;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until && !back) {
                back = topicId(admin, changelog).filter(id -> !id.equals(original)).isPresent();
                Thread.sleep(20);
            }
            writing.set(false);
            writer.get(30, TimeUnit.SECONDS);
            assertThat(back).as("the broker created the deleted topic again for the writing producer").isTrue();

            assertThat(cleanup.get(60, TimeUnit.SECONDS)).containsExactlyInAnyOrder(changelog, names.ticksTopic());
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .noneMatch(t -> t.startsWith(names.internalPrefix()));
        }
    }

    private static Optional<Uuid> topicId(Admin admin, String topic) throws InterruptedException {
        try {
            return Optional.of(admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .topicId());
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty(); // deleted, or being deleted
        }
    }

    private static void write(String bootstrap, String topic, AtomicBoolean writing, AtomicInteger acknowledged) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000, ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            while (writing.get()) {
                producer.send(new ProducerRecord<>(topic, "k", "v"), (metadata, error) -> {
                    if (error == null) {
                        acknowledged.incrementAndGet();
                    }
                });
                sleep(50);
            }
        }
    }

    private static void awaitAtLeast(AtomicInteger counter, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (counter.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(counter.get()).isGreaterThanOrEqualTo(n);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
