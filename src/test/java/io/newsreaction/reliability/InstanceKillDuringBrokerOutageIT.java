package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.embedded.KafkaCluster;
import io.newsreaction.fixtures.ClusterFaultRun;
import io.newsreaction.fixtures.GroupMembers;
import io.newsreaction.fixtures.RunProcess;
import io.newsreaction.fixtures.SharedCluster;
import io.newsreaction.fixtures.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code run} instances (separate JVMs, one application id) on the shared 3-broker cluster; a
 * broker is killed with -9 and, while it is down, so is instance A. Instance B takes A's tasks over
 * (restoring their state from changelogs that lost a replica) and finishes the feed alone; the
 * broker comes back 20 s after its kill. No operator acts on the app.
 */
@Timeout(value = 480, unit = TimeUnit.SECONDS)
class InstanceKillDuringBrokerOutageIT {
    private static final Duration BROKER_DOWN = Duration.ofSeconds(20);
    private static final Duration INSTANCE_KILL_AFTER = Duration.ofSeconds(5);
    private static final Duration MEMBERS_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @AfterEach
    void heal() throws InterruptedException {
        SharedCluster.get().heal();
    }

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

    private RunProcess instance(ClusterFaultRun run, String name) throws java.io.IOException {
        Path config = run.scenario().writeConfigFile(dir.resolve("run-" + name + ".properties"),
                run.cluster().bootstrapServers(), SharedStack.get().schemaRegistryUrl());
        Path logs = Files.createDirectories(RunProcess.jar().resolveSibling("it-logs"));
        return new RunProcess(run.scenario().applicationId() + "-" + name, config,
                Files.createDirectories(dir.resolve("state-" + name)), logs);
    }
}
