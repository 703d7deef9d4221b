package io.newsreaction.reliability;

import io.newsreaction.fixtures.ClusterFaultRun;
import io.newsreaction.fixtures.FaultProxy;
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
 * The app reaches the shared cluster only through one {@link FaultProxy} per broker: 300 ms of
 * added latency each way for {@value #LATENCY_SECONDS} s, then a 10-s black hole (no byte moves,
 * nothing is refused: as long as the session timeout and the exactly-once transaction timeout), then
 * the network heals. The feed and the checks talk to the brokers directly. The app carries on by
 * itself to the fault-free output.
 */
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class NetworkFaultIT {
    private static final long LATENCY_SECONDS = 10;
    private static final Duration LATENCY = Duration.ofMillis(300);
    private static final Duration BLACK_HOLE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @AfterEach
    void heal() throws InterruptedException {
        SharedCluster.get().heal();
    }

    @Test
    void shouldKeepExactlyOnceOutputThroughLatencyAndABlackHole() throws Exception {
        SharedCluster shared = SharedCluster.get();
        try (ClusterFaultRun run = new ClusterFaultRun("network-fault", dir.resolve("state"), shared.proxiedBootstrapServers())) {
            ReactionApp app = run.startApp();
            run.startFeedAndAwaitMidStream();
            Duration latencyPeriod = Duration.ofSeconds(LATENCY_SECONDS);
            run.faultStarted("+" + LATENCY.toMillis() + " ms latency each way for " + LATENCY_SECONDS + " s");
            shared.proxies().forEach(p -> p.addLatency(LATENCY, latencyPeriod));
            Thread.sleep(latencyPeriod.toMillis());
            run.mark("black hole for " + BLACK_HOLE.toSeconds() + " s, app " + app.streams().state());
            shared.proxies().forEach(p -> p.blackHole(BLACK_HOLE));
            Thread.sleep(BLACK_HOLE.toMillis());
            shared.proxies().forEach(FaultProxy::heal);
            run.faultCleared("network healed, app " + app.streams().state());
            run.finishRunning();
        }
    }
}
