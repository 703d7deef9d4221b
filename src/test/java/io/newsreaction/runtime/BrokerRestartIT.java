package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedKafka;
import io.newsreaction.fixtures.Drain;
import io.newsreaction.fixtures.ExactlyOnce;
import io.newsreaction.fixtures.FaultFreeReference;
import io.newsreaction.fixtures.FaultScenario;
import io.newsreaction.fixtures.FeedBatches;
import io.newsreaction.fixtures.RawReactions;
import io.newsreaction.fixtures.RunProcess;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.topology.ReactionSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An in-process app on its own single-node broker (own data directory; the shared registry) loses
 * the broker mid-stream for longer than its session timeout and its producer's transaction timeout
 * (10 s under exactly-once); the broker comes back on the same data directory and ports, and the
 * app carries on by itself to the complete, fault-free output.
 */
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class BrokerRestartIT {
    private static final int BATCHES = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Duration RUNNING_LIMIT = Duration.ofSeconds(120);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    private EmbeddedKafka kafka;
    private final Set<KafkaStreams.State> statesSeen = new LinkedHashSet<>();
    private final StringBuilder timeline = new StringBuilder();
    private long started;

    @AfterEach
    void stopBroker() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void shouldRecoverWithoutManualActionWhenTheBrokerRestartsMidStream() throws Exception {
        RawReactions reference = FaultFreeReference.get();
        FaultScenario scenario = FaultScenario.unique("broker-restart");
        Path data = dir.resolve("kafka");
        kafka = EmbeddedKafka.start(data);
        String bootstrap = kafka.bootstrapServers();
        AppSettings settings = scenario.settings(bootstrap, SharedStack.get().schemaRegistryUrl(), dir.resolve("state"));
        kafka.createTopics(scenario.topics(settings.topics()));
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        started = System.nanoTime();
        try (ReactionApp app = ReactionService.create(settings, client);
             FeedBatches feed = new FeedBatches(scenario, serdes, settings.kafka(), BATCHES)) {
            app.start();
            assertThat(app.awaitRunning(RUNNING_LIMIT)).as("RUNNING before the fault").isTrue();
            publish(feed, 0, 2);
            awaitFirstReactions(settings, scenario);
            restartBroker(data, app);
            assertThat(kafka.bootstrapServers()).as("same address after the restart").isEqualTo(bootstrap);
            publish(feed, 2, BATCHES);
            assertThat(Drain.await(settings.kafka(), scenario, DRAIN_LIMIT, () -> !app.failed())).as("drained").isTrue();
            mark("drained; states seen " + statesSeen + ", now " + app.streams().state());
            assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            RawReactions committed = RawReactions.read(settings.kafka(), scenario.reactions(), IsolationLevel.READ_COMMITTED,
                    serdes.reactionKey().deserializer(), serdes.reaction().deserializer());
            mark("committed " + committed.size() + " records (reference " + reference.size() + ")");
            ExactlyOnce.assertSameAsReference(committed, reference, RunProcess.jar().resolveSibling("it-logs"), scenario.applicationId());
        } finally {
            System.out.println("BrokerRestartIT timeline:" + timeline);
        }
    }

    /** Stops the broker, keeps it down for {@link #OUTAGE}, starts it on the same directory, waits for RUNNING. */
    private void restartBroker(Path data, ReactionApp app) throws InterruptedException {
        kafka.stop();
        mark("broker stopped, app " + app.streams().state());
        watchStates(app, OUTAGE);
        kafka = EmbeddedKafka.start(data);
        mark("broker started again at " + kafka.bootstrapServers() + ", app " + app.streams().state());
        long deadline = System.nanoTime() + RUNNING_LIMIT.toNanos();
        do {
            watchStates(app, Duration.ofSeconds(1));
        } while (app.streams().state() != KafkaStreams.State.RUNNING && !app.failed() && System.nanoTime() < deadline);
        mark("app " + app.streams().state() + " after the restart");
        assertThat(app.streams().state()).as("back to RUNNING").isEqualTo(KafkaStreams.State.RUNNING);
    }

    private void watchStates(ReactionApp app, Duration period) throws InterruptedException {
        long until = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < until) {
            statesSeen.add(app.streams().state());
            Thread.sleep(50);
        }
    }

    private void awaitFirstReactions(AppSettings settings, FaultScenario scenario) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        try (Admin admin = Admin.create(new HashMap<>(settings.kafka()))) {
            long committed;
            while ((committed = Drain.committedEnd(admin, scenario.reactions())) <= 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(committed).as("reactions committed before the broker stops, so that it stops mid-stream").isPositive();
        }
        mark("first reactions committed");
    }

    private void publish(FeedBatches feed, int from, int to) {
        int records = 0;
        for (int i = from; i < to; i++) {
            records += feed.publish(i);
        }
        mark("published batches " + from + ".." + (to - 1) + " (" + records + " records)");
    }

    private void mark(String event) {
        timeline.append(String.format("%n  %6.1f s  %s", (System.nanoTime() - started) / 1e9, event));
    }
}
