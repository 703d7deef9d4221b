package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.embedded.KafkaCluster;
import io.newsreaction.embedded.KafkaNode;
import io.newsreaction.fixtures.ClusterFaultRun;
import io.newsreaction.fixtures.SharedCluster;
import io.newsreaction.runtime.ReactionApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rolling restart of all three brokers while ticks flow, the way an operator upgrades a cluster:
 * one broker at a time is stopped with SIGTERM (a controlled shutdown hands its leaderships over),
 * started again on its directory and ports, and the next one waits until every partition is fully
 * replicated again. The app carries on by itself to the fault-free output.
 */
@Timeout(value = 480, unit = TimeUnit.SECONDS)
class RollingRestartIT {
    private static final Duration REPLICATED_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @AfterEach
    void heal() throws InterruptedException {
        SharedCluster.get().heal();
    }

    @Test
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
}
