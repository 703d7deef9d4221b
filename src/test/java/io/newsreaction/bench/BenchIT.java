package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.SharedStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench end to end on a small load against the shared embedded stack, in the external-cluster
 * mode (its own namespace): every phase runs and the result file carries the fields. The
 * rates are printed, never asserted: this machine is too noisy for that.
 */
class BenchIT {
    private static final String[] REQUIRED_FIELDS = {"ceilingTicksPerSec", "frameworkTicksPerSec", "appTicksPerSec", "naiveTicksPerSec",
        "p50EmitLatencyMs", "p99EmitLatencyMs", "peakHeapBytes", "ticks", "headlines", "symbols", "javaVersion", "cores",
        "internalRecordsPerHeadline", "internalBytesPerHeadline"};

    @TempDir
    Path dir;

    @Test
    void shouldMeasureEveryPhaseAndWriteTheResultFile() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        LoadSpec spec = new LoadSpec(40, 30_000, 30, 7, 10_000);
        LatencyPhase latency = new LatencyPhase(6_000, 1_000, 5_000, 2_000, 20, 2_000);
        BenchOptions options = new BenchOptions(spec, 2, Map.of(), true, true, latency,
                Duration.ofMinutes(3), Duration.ofMinutes(1), 5_000, dir.resolve("bench-result.json"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

        BenchResult result = new BenchRun(options, out).run(SharedStack.unique("bench"), stack.bootstrapServers(),
                stack.schemaRegistryUrl(), "shared test stack");
        BenchRun.report(result, options.out(), out);
        System.out.print(console.toString(StandardCharsets.UTF_8));

        assertThat(result.app().appCompleted()).isTrue();
        assertThat(result.load().ticks()).isEqualTo(30_000);
        assertThat(result.ceiling().ceilingTicksPerSec()).isPositive();
        assertThat(result.app().appTicksPerSec()).isPositive();
        assertThat(result.naive().naiveTicksPerSec()).isPositive();
        assertThat(result.framework().frameworkTicksPerSec()).isPositive();
        assertThat(result.app().appVsFramework()).as("the app does more per tick than an empty topology").isStrictlyBetween(0.0, 2.0);
        assertThat(result.framework().frameworkStreamThreads().commits()).as("the empty topology commits too").isPositive();
        assertThat(result.framework().frameworkStreamThreads().bytesSentByTopic()).as("an empty topology produces nothing").isEmpty();
        assertThat(result.latency().latencySamples()).isPositive();
        assertThat(result.latency().p50EmitLatencyMs()).as("a reaction is appended after the tick that made it due").isPositive();
        assertThat(result.counters().legsComputed()).isPositive();
        assertThat(result.counters().provisionalReactions() + result.counters().finalReactions()).isPositive();
        assertThat(result.counters().lateTicks()).isZero();
        assertThat(result.app().appStreamThreads().cpuSeconds()).isPositive();
        assertThat(result.app().appStreamThreads().commits()).isPositive();
        assertThat(result.app().appStreamThreads().flushMs()).as("producer flush-time-ns-total found").isPositive();
        assertThat(result.app().appStreamThreads().sendOffsetsMs()).as("txn-send-offsets-time-ns-total found").isPositive();
        assertThat(result.app().appStreamThreads().commitTxnMs()).as("txn-commit-time-ns-total found").isPositive();
        assertThat(result.machine().garbageCollectors()).as("the JVM's collectors, recorded with the figures").isNotEmpty();
        assertThat(result.machine().jvmArguments()).as("recorded from the running JVM")
                .isEqualTo(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        assertThat(result.config().commitIntervalMs()).as("the live default, no --streams-config").isEqualTo(50);
        assertThat(result.config().producerLingerMs()).isEqualTo(5);
        assertThat(result.config().producerBatchSize()).isEqualTo(16_384);
        assertThat(result.app().appStreamThreads().bytesSentByTopic()).as("producer-topic-metrics byte-total per topic")
                .containsKeys("legs-repartition", "price-history-store-changelog")
                .allSatisfy((topic, bytes) -> assertThat(bytes).as(topic).isPositive());
        BenchResult.InternalTraffic internal = result.internalTraffic();
        assertThat(internal.internalRecordsPerHeadline()).as("repartition and changelog records per headline").isPositive();
        assertThat(internal.internalBytesPerHeadline()).isGreaterThan(internal.internalRecordsPerHeadline());
        assertThat(result.latency().liveStreamThreads().commits()).as("commits during the live feed").isPositive();
        assertThat(result.latency().liveStreamThreads().cpuSeconds()).isPositive();
        assertThat(result.load().warmupTicks()).isEqualTo(5_000);
        JsonNode json = new ObjectMapper().readTree(options.out().toFile());
        for (String field : REQUIRED_FIELDS) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("warm-up: 5,000 ticks", "app (real topology, exactly-once)",
                "per commit: producer flush ",
                "streams: exactly-once v2, commit.interval.ms 50, producer linger.ms 5, batch.size 16384 (the product's defaults)",
                "live app stream threads", "framework (empty topology, exactly-once)", "warm-up framework: ");
    }
}
