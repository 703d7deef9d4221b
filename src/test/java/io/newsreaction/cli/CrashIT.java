package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.client.GroupProgress;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Drain;
import io.newsreaction.fixtures.ExactlyOnce;
import io.newsreaction.fixtures.FaultFreeReference;
import io.newsreaction.fixtures.FaultScenario;
import io.newsreaction.fixtures.FeedBatches;
import io.newsreaction.fixtures.GroupMembers;
import io.newsreaction.fixtures.OpenTransactions;
import io.newsreaction.fixtures.RawReactions;
import io.newsreaction.fixtures.RunProcess;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code run} instances as separate JVMs (same application id, own state directories) on
 * 3-partition topics under exactly-once, fed the DeepSeek week in ten transactions while the test
 * adds instance B mid-stream, {@code kill -9}s A, restarts it, stops B with SIGTERM and restarts it.
 * The read-committed output must hold exactly one FINAL record per key and equal, key by key and
 * record by record, a fault-free single-instance run.
 */
@Timeout(value = 480, unit = TimeUnit.SECONDS)
class CrashIT {
    private static final int BATCHES = 10;
    private static final Duration MEMBERS_LIMIT = Duration.ofSeconds(90);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(150);
    private static final Duration FIRST_OUTPUT_LIMIT = Duration.ofSeconds(120);
    private static final Duration OPEN_TRANSACTION_LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private FaultScenario scenario;
    private Map<String, Object> kafka;
    private ReactionSerdes serdes;
    private final StringBuilder timeline = new StringBuilder();
    private long started;

    @Test
    void shouldEmitEachReactionOnceAcrossCrashGracefulRestartAndScaleOut() throws Exception {
        RawReactions reference = FaultFreeReference.get();
        EmbeddedStack stack = SharedStack.get();
        scenario = FaultScenario.unique("crash");
        AppSettings settings = scenario.settings(stack.bootstrapServers(), stack.schemaRegistryUrl(), dir.resolve("unused"));
        kafka = new HashMap<>(settings.kafka());
        stack.kafka().createTopics(scenario.topics(settings.topics()));
        serdes = ReactionService.serdes(ReactionService.registryClient(settings), settings.registry());
        Path config = scenario.writeConfigFile(dir.resolve("run.properties"), stack.bootstrapServers(), stack.schemaRegistryUrl());
        started = System.nanoTime();
        mark("fault-free reference: " + reference.size() + " records in " + FaultFreeReference.elapsed().toSeconds() + " s");
        try (RunProcess a = instance("A", config); RunProcess b = instance("B", config);
             FeedBatches feed = new FeedBatches(scenario, serdes, kafka, BATCHES)) {
            MidStream atKill = runFaultSequence(a, b, feed, reference.size());
            boolean drained = Drain.await(kafka, scenario, DRAIN_LIMIT, () -> a.isAlive() && b.isAlive());
            mark("drained=" + drained);
            assertThat(drained).as("drained; A log:%n%s%nB log:%n%s", a.logTail(40), b.logTail(40)).isTrue();
            assertOutput(reference, settings);
            mark("A exit on SIGTERM " + a.terminate() + ", B exit on SIGTERM " + b.terminate());
        } finally {
            System.out.println("CrashIT timeline:" + timeline);
        }
    }

    /** Committed output and group lag right after the kill. */
    private record MidStream(int committed, long lag) {
    }

    private MidStream runFaultSequence(RunProcess a, RunProcess b, FeedBatches feed, int total) throws Exception {
        a.start();
        String aTransactions = transactionalIdPrefix(awaitMembers(1).get(0));
        publish(feed, 0, 3);
        b.start();
        publish(feed, 3, 4);
        awaitMembers(2);
        publish(feed, 4, 5);
        awaitFirstReactions();
        publish(feed, 5, 6);
        boolean writing = awaitOpenTransaction(aTransactions);
        a.kill();
        MidStream atKill = new MidStream(read(IsolationLevel.READ_COMMITTED).size(), lag());
        mark("kill -9 A" + (writing ? " inside a transaction writing reactions" : "") + "; then "
                + atKill.committed() + "/" + total + " reactions committed, input lag " + atKill.lag());
        assertThat(writing || atKill.lag() > 0).as("A died with output in flight or input unprocessed").isTrue();
        assertThat(atKill.committed()).as("the kill lands mid-stream").isBetween(1, total - 1);
        publish(feed, 6, 7);
        awaitMembers(1);
        a.start();
        publish(feed, 7, 8);
        awaitMembers(2);
        publish(feed, 8, 9);
        mark("SIGTERM B: exit " + b.terminate());
        awaitMembers(1);
        b.start();
        publish(feed, 9, BATCHES);
        awaitMembers(2);
        return atKill;
    }

    private void assertOutput(RawReactions reference, AppSettings settings) throws InterruptedException {
        RawReactions committed = read(IsolationLevel.READ_COMMITTED);
        RawReactions uncommitted = read(IsolationLevel.READ_UNCOMMITTED);
        mark(String.format("committed %d records (reference %d), %d duplicates; read_uncommitted %d records, %d duplicates",
                committed.size(), reference.size(), committed.duplicates(), uncommitted.size(), uncommitted.duplicates()));
        ExactlyOnce.assertSameAsReference(committed, reference, RunProcess.jar().resolveSibling("it-logs"), scenario.applicationId());
        Map<Object, Object> eventsAndCohorts = FaultFreeReference.latestEventsAndCohorts(kafka, settings, serdes);
        mark(eventsAndCohorts.size() + " latest event and cohort records");
        assertThat(eventsAndCohorts).as("events and cohorts after the crash equal the fault-free run's")
                .isNotEmpty().isEqualTo(FaultFreeReference.latestEventsAndCohorts());
    }

    private RunProcess instance(String name, Path config) throws java.io.IOException {
        Path logs = Files.createDirectories(RunProcess.jar().resolveSibling("it-logs"));
        return new RunProcess(scenario.applicationId() + "-" + name, config,
                Files.createDirectories(dir.resolve("state-" + name)), logs);
    }

    private void publish(FeedBatches feed, int from, int to) {
        int records = 0;
        for (int i = from; i < to; i++) {
            records += feed.publish(i);
        }
        mark("published batches " + from + ".." + (to - 1) + " (" + records + " records)");
    }

    private List<String> awaitMembers(int members) throws InterruptedException {
        List<String> clientIds = GroupMembers.await(kafka, scenario.applicationId(), members, MEMBERS_LIMIT);
        mark("group stable with " + members + " member(s)");
        return clientIds;
    }

    /** Kafka Streams' EOS-v2 transactional id is {@code <application.id>-<process id>-<thread>}. */
    private static String transactionalIdPrefix(String consumerClientId) {
        return consumerClientId.substring(0, consumerClientId.indexOf("-StreamThread-") + 1);
    }

    /** Waits (bounded) until A has an open transaction holding reactions, so the kill aborts output in flight. */
    private boolean awaitOpenTransaction(String idPrefix) throws InterruptedException {
        try (Admin admin = Admin.create(kafka)) {
            return OpenTransactions.awaitWriting(admin, idPrefix, scenario.reactions(), OPEN_TRANSACTION_LIMIT);
        }
    }

    private void awaitFirstReactions() throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_OUTPUT_LIMIT.toNanos();
        try (Admin admin = Admin.create(kafka)) {
            while (Drain.committedEnd(admin, scenario.reactions()) <= 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no reaction committed within " + FIRST_OUTPUT_LIMIT);
                }
                Thread.sleep(500);
            }
        }
        mark("first reactions committed");
    }

    private RawReactions read(IsolationLevel isolation) {
        return RawReactions.read(kafka, scenario.reactions(), isolation,
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer());
    }

    private long lag() throws Exception {
        try (GroupProgress progress = new GroupProgress(kafka, scenario.applicationId(), scenario.consumedTopics())) {
            return progress.lag();
        }
    }

    private void mark(String event) {
        timeline.append(String.format("%n  %6.1f s  %s", (System.nanoTime() - started) / 1e9, event));
    }
}
