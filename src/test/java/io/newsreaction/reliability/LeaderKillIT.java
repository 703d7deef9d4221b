package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.embedded.KafkaCluster;
import io.newsreaction.fixtures.ClusterFaultRun;
import io.newsreaction.fixtures.SharedCluster;
import io.newsreaction.runtime.ReactionApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the shared 3-broker cluster (replication 3, min.insync.replicas 2) the broker that leads a
 * {@code market.ticks} partition and a {@code market.reactions} partition is killed with -9 while
 * ticks flow and the app writes transactions, and restarted on its directory and ports 20 s later.
 * Leadership moves to the followers; the app carries on by itself to the fault-free output.
 */
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class LeaderKillIT {
    private static final Duration DOWN = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @AfterEach
    void heal() throws InterruptedException {
        SharedCluster.get().heal();
    }

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
            Thread.sleep(DOWN.toMillis());
            run.mark("new leader of ticks-0: " + cluster.leaderOf(new TopicPartition(run.scenario().ticks(), 0))
                    + ", app " + app.streams().state());
            cluster.restart(victim);
            run.faultCleared("broker " + victim + " restarted on its directory and ports, app " + app.streams().state());
            run.finishRunning();
        }
    }
}
