package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsreaction.topology.CountedReactionMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the flat shape of {@code bench-result.json}: BenchIT, docs/BENCHMARKS.md and the results
 * kept from earlier runs read these field names, so a rename or a figure landing in another field
 * must be a deliberate act that updates {@code src/test/resources/bench/}.
 */
class BenchResultJsonTest {
    /** Figures of the JVM running the test: present, but not comparable with a file. */
    private static final List<String> MACHINE_FIELDS = List.of("javaVersion", "jvmArguments", "garbageCollectors", "cores",
            "maxHeapBytes");
    private static final String MACHINE = "(the JVM running the test)";

    @TempDir
    Path dir;

    @Test
    void shouldWriteEveryPhaseAsTheFlatFieldsOfTheGoldenFile() throws IOException {
        BenchResult result = BenchResults.of(options(true), "embedded, in the bench JVM", 12.5, ceiling(), framework(),
                app(new PendingFootprint(250.5, 9_000.25)), naive(), latency());

        assertMatchesGolden(result, "bench-result-all-phases.json");
    }

    @Test
    void shouldWriteSkippedPhasesAsTheFlatFieldsOfTheGoldenFile() throws IOException {
        BenchResult result = BenchResults.of(options(false), "external at localhost:9092", 3.0, ceiling(), null,
                app(new PendingFootprint(0, 0)), null, null);

        assertMatchesGolden(result, "bench-result-skipped-phases.json");
    }

    private void assertMatchesGolden(BenchResult result, String golden) throws IOException {
        Path file = dir.resolve(golden);
        BenchReport.write(result, file);
        ObjectNode written = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        for (String field : MACHINE_FIELDS) {
            assertThat(written.has(field)).as(field).isTrue();
            written.put(field, MACHINE);
        }
        if (Boolean.getBoolean("golden.update")) {
            // a deliberate change of the JSON: mvn test -Dtest=BenchResultJsonTest -Dgolden.update=true
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of("src/test/resources/bench", golden).toFile(), written);
        }

        JsonNode expected = golden(golden);
        assertThat(fieldNames(written)).containsExactlyInAnyOrderElementsOf(fieldNames(expected));
        assertThat(written).isEqualTo(expected);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode golden(String name) throws IOException {
        try (InputStream in = BenchResultJsonTest.class.getResourceAsStream("/bench/" + name)) {
            assertThat(in).as(name + " on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private BenchOptions options(boolean streamsConfig) {
        return new BenchOptions(new LoadSpec(40, 30_000, 30, 7, 10_000), 3,
                streamsConfig ? Map.of("commit.interval.ms", "100", "linger.ms", "20") : Map.of(), true, true,
                null, Duration.ofMinutes(3), Duration.ofMinutes(1), 5_000, dir.resolve("unused.json"));
    }

    private static CeilingPhase.Result ceiling() {
        return new CeilingPhase.Result(400_000, 0.075, 30_000, 1.5, 0.0625);
    }

    private static BenchRun.FrameworkFigures framework() {
        return new BenchRun.FrameworkFigures(throughput(300_000, 0.1, true, 0.125, Map.of(), Map.of()),
                threads(0.5, Map.of("bench-ticks", 1_000.0), Map.of("bench-ticks", 10.0)));
    }

    private static BenchRun.AppFigures app(PendingFootprint footprint) {
        Throughput throughput = throughput(150_000, 0.2, true, 0.25, Map.of("price-history-store", 4_096L, "leg-store", 1_024L),
                Map.of("price-history-store", 12L, "leg-store", 3L));
        StreamThreadFigures threads = threads(0.75, Map.of("legs-repartition", 6_000.0, "reactions", 2_000.0),
                Map.of("legs-repartition", 90.0, "reactions", 30.0));
        return new BenchRun.AppFigures(throughput, CountedReactionMetrics.of(11, 7, 5, 2, 1), threads, footprint);
    }

    private static Throughput naive() {
        return throughput(50_000, 0.6, false, 0.5, Map.of("naive-store", 8_192L), Map.of("naive-store", 40L));
    }

    private static LatencyPhase.Result latency() {
        return new LatencyPhase.Result(12.5, 80.25, 150.0, 60, 2_000.5, threads(0.375, Map.of(), Map.of()));
    }

    private static Throughput throughput(double ticksPerSec, double seconds, boolean completed, double cpuSeconds,
            Map<String, Long> storeBytes, Map<String, Long> storeEntries) {
        MemoryProbe.Figures memory = new MemoryProbe.Figures(64L << 20, 32L << 20, 256L << 20, true);
        return new Throughput(ticksPerSec, seconds, completed, (long) (ticksPerSec * seconds), storeBytes, storeEntries, memory,
                cpuSeconds);
    }

    private static StreamThreadFigures threads(double cpuSeconds, Map<String, Double> bytes, Map<String, Double> records) {
        return new StreamThreadFigures(cpuSeconds, 0.5, 0.25, 0.125, 8, 3.5, 12.0, 4.0, 6.0, bytes, records);
    }
}
