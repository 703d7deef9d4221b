package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.embedded.KafkaCluster;
import io.newsreaction.embedded.KafkaNode;
import io.newsreaction.fixtures.ClusterFaultRun;
import io.newsreaction.fixtures.FaultProxy;
import io.newsreaction.fixtures.GroupMembers;
import io.newsreaction.fixtures.RunProcess;
import io.newsreaction.fixtures.SharedCluster;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.runtime.ReactionApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app on the shared 3-broker cluster (a JVM per broker, replication 3, min.insync.replicas 2,
 * a {@link FaultProxy} in front of every broker) while ticks flow and it writes transactions. Each
 * fault starts mid-stream; the app carries on by itself, without an operator, to the fault-free
 * output ({@link ClusterFaultRun#finishRunning()} compares it record for record). One class, so
 * that one test JVM starts one cluster for all of them.
 */
@Timeout(value = 480, unit = TimeUnit.SECONDS)
class ClusterFaultsIT {
    private static final Duration BROKER_DOWN = Duration.ofSeconds(20);
    private static final Duration LATENCY = Duration.ofMillis(300);
    private static final Duration LATENCY_PERIOD = Duration.ofSeconds(10);
    private static final Duration BLACK_HOLE = Duration.ofSeconds(10);
    private static final Duration INSTANCE_KILL_AFTER = Duration.ofSeconds(5);
    private static final Duration MEMBERS_LIMIT = Duration.ofSeconds(120);
    private static final Duration REPLICATED_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @AfterEach
    void heal() throws InterruptedException {
        SharedCluster.get().heal();
    }

    /** The broker leading a ticks and a reactions partition is killed with -9, restarted on its directory and ports 20 s later. */
    @Test
    void shouldKeepExactlyOnceOutputWhenTheLeaderOfTicksAndReactionsIsKilled() throws Exception {
        SharedCluster shared = SharedCluster.get();
        KafkaCluster cluster = shared.cluster();
        try (ClusterFaultRun run = new ClusterFaultRun("leader-kill", dir.resolve("state"), shared.bootstrapServers())) {
            ReactionApp app = run.startApp();
            run.startFeedAndAwaitMidStream();
            int victim = cluster.leaderOf(new TopicPartition(run.scenario().ticks(), 0));
            int reactionsPartition = IntStream.range(0, 3)
                    .filter(p -> cluster.leaderOf(new TopicPartition(run.scenario().reactions(), p)) == victim)
                    .findFirst().orElse(-1);
            assertThat(reactionsPartition).as("broker %d also leads a reactions partition", victim).isNotNegative();
            run.faultStarted("kill -9 " + cluster.node(victim) + ", leader of " + run.scenario().ticks() + "-0 and "
                    + run.scenario().reactions() + "-" + reactionsPartition + ", app " + app.streams().state());
            cluster.node(victim).kill();
            Thread.sleep(BROKER_DOWN.toMillis());
            run.mark("new leader of ticks-0: " + cluster.leaderOf(new TopicPartition(run.scenario().ticks(), 0))
                    + ", app " + app.streams().state());
            cluster.restart(victim);
            run.faultCleared("broker " + victim + " restarted on its directory and ports, app " + app.streams().state());
            run.finishRunning();
        }
    }

    /**
     * The app reaches the cluster only through the proxies: 300 ms of added latency each way for
     * 10 s, then a 10-s black hole (no byte moves, nothing is refused: as long as the session
     * timeout and the exactly-once transaction timeout), then the network heals. The feed and the
     * checks talk to the brokers directly.
     */
    @Test
    void shouldKeepExactlyOnceOutputThroughLatencyAndABlackHole() throws Exception {
        SharedCluster shared = SharedCluster.get();
        try (ClusterFaultRun run = new ClusterFaultRun("network-fault", dir.resolve("state"), shared.proxiedBootstrapServers())) {
            ReactionApp app = run.startApp();
            run.startFeedAndAwaitMidStream();
            run.faultStarted("+" + LATENCY.toMillis() + " ms latency each way for " + LATENCY_PERIOD.toSeconds() + " s");
            shared.proxies().forEach(p -> p.addLatency(LATENCY, LATENCY_PERIOD));
            Thread.sleep(LATENCY_PERIOD.toMillis());
            run.mark("black hole for " + BLACK_HOLE.toSeconds() + " s, app " + app.streams().state());
            shared.proxies().forEach(p -> p.blackHole(BLACK_HOLE));
            Thread.sleep(BLACK_HOLE.toMillis());
            shared.proxies().forEach(FaultProxy::heal);
            run.faultCleared("network healed, app " + app.streams().state());
            run.finishRunning();
        }
    }

    /**
     * Two {@code run} instances (separate JVMs, one application id); a broker is killed with -9 and,
     * 5 s later while it is down, so is instance A. Instance B takes A's tasks over (restoring their
     * state from changelogs that lost a replica) and finishes the feed alone; the broker comes back
     * 20 s after its kill.
     */
    @Test
    void shouldKeepExactlyOnceOutputWhenAnInstanceDiesWhileABrokerIsDown() throws Exception {
        SharedCluster shared = SharedCluster.get();
        KafkaCluster cluster = shared.cluster();
        try (ClusterFaultRun run = new ClusterFaultRun("instance-kill", dir.resolve("unused"), shared.bootstrapServers());
             RunProcess a = instance(run, "A"); RunProcess b = instance(run, "B")) {
            String group = run.scenario().applicationId();
            a.start();
            b.start();
            GroupMembers.await(run.kafka(), group, 2, MEMBERS_LIMIT);
            run.mark("group stable with A and B");
            run.startFeedAndAwaitMidStream();
            int broker = cluster.leaderOf(new TopicPartition(run.scenario().ticks(), 0));
            long brokerKilled = System.nanoTime();
            run.faultStarted("kill -9 " + cluster.node(broker));
            cluster.node(broker).kill();
            Thread.sleep(INSTANCE_KILL_AFTER.toMillis());
            a.kill();
            run.mark("kill -9 instance A (broker " + broker + " still down)");
            GroupMembers.await(run.kafka(), group, 1, MEMBERS_LIMIT);
            run.mark("group stable with B alone");
            long left = BROKER_DOWN.toNanos() - (System.nanoTime() - brokerKilled);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
            cluster.restart(broker);
            run.faultCleared("broker " + broker + " restarted");
            run.finish(b::isAlive);
            assertThat(b.isAlive()).as("B still running; log:%n%s", b.logTail(40)).isTrue();
            run.mark("B exit on SIGTERM " + b.terminate());
        }
    }

    /**
     * A rolling restart of all three brokers, the way an operator upgrades a cluster: one broker at
     * a time is stopped with SIGTERM (a controlled shutdown hands its leaderships over), started
     * again on its directory and ports, and the next one waits until every partition is fully
     * replicated again. The longest of these tests: it runs under profile {@code long-faults}.
     */
    @Test
    @EnabledIfSystemProperty(named = "newsreaction.long-faults", matches = "true")
    void shouldKeepExactlyOnceOutputThroughARollingRestartOfEveryBroker() throws Exception {
        SharedCluster shared = SharedCluster.get();
        KafkaCluster cluster = shared.cluster();
        try (ClusterFaultRun run = new ClusterFaultRun("rolling-restart", dir.resolve("state"), shared.bootstrapServers())) {
            ReactionApp app = run.startApp();
            run.startFeedAndAwaitMidStream();
            run.faultStarted("rolling restart of " + cluster.nodes().size() + " brokers");
            for (KafkaNode node : cluster.nodes()) {
                boolean graceful = node.stop();
                run.mark("stopped " + node + (graceful ? " (controlled shutdown)" : " (forced)") + ", app " + app.streams().state());
                cluster.restart(node.id());
                boolean replicated = cluster.awaitFullyReplicated(REPLICATED_LIMIT);
                run.mark("restarted " + node + ", fully replicated " + replicated + ", app " + app.streams().state());
                assertThat(replicated).as("in sync again after restarting broker %d", node.id()).isTrue();
            }
            run.faultCleared("every broker restarted");
            run.finishRunning();
        }
    }

    private RunProcess instance(ClusterFaultRun run, String name) throws IOException {
        Path config = run.scenario().writeConfigFile(dir.resolve("run-" + name + ".properties"),
                run.cluster().bootstrapServers(), SharedStack.get().schemaRegistryUrl());
        Path logs = Files.createDirectories(RunProcess.jar().resolveSibling("it-logs"));
        return new RunProcess(run.scenario().applicationId() + "-" + name, config,
                Files.createDirectories(dir.resolve("state-" + name)), logs);
    }
}
