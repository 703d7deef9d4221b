package io.newsreaction.bench;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * Figures of one bench run, written as {@code bench-result.json}. Rates are per second of wall
 * time on this machine; ratios between them are what carries over to other machines. The JVM's
 * arguments and collectors, the commit interval and producer linger both apps ran with (the
 * product's live defaults unless {@code --streams-config} set them) and the producer's batch size
 * are recorded because they move the figures as much as the code does.
 * {@code internalRecordsPerHeadline} and {@code internalBytesPerHeadline} are the records and bytes
 * (record batches as sent, so after compression) the app phase wrote to its repartition topics and
 * store changelogs, divided by the headlines of the load: the topology's own traffic.
 *
 * <p>The figures come in groups, one record each, built from one phase or source apiece
 * ({@link BenchResults}); Jackson writes them unwrapped, so the file stays one flat object. A
 * group's components carry the field names of that file, so a figure has one name in the code,
 * the JSON and docs/BENCHMARKS.md.
 */
public record BenchResult(
        @JsonUnwrapped Load load,
        @JsonUnwrapped Machine machine,
        @JsonUnwrapped Config config,
        @JsonUnwrapped Ceiling ceiling,
        @JsonUnwrapped Framework framework,
        @JsonUnwrapped App app,
        @JsonUnwrapped Naive naive,
        @JsonUnwrapped Latency latency,
        @JsonUnwrapped Memory memory,
        @JsonUnwrapped InternalTraffic internalTraffic,
        @JsonUnwrapped Counters counters) {

    /** The generated load, the bench topics' partitions, the warm-up, and the time producing the load took. */
    public record Load(long ticks, int headlines, int symbols, long seed, long tradingDays, int partitions, long warmupTicks,
            double produceSeconds) {
    }

    /** The JVM the bench ran in. */
    public record Machine(String javaVersion, List<String> jvmArguments, List<String> garbageCollectors, int cores,
            long maxHeapBytes) {
    }

    /** The Streams settings both apps ran with, and where the broker ran. */
    public record Config(Map<String, String> streamsConfig, long commitIntervalMs, long producerLingerMs, long producerBatchSize,
            String broker) {
    }

    /** A plain consumer decoding every tick: the most any consumer reaches here. */
    public record Ceiling(double ceilingTicksPerSec, double ceilingTicksPerCpuSec) {
    }

    /** Kafka Streams with an empty topology; NaN and no thread figures when the phase was skipped. */
    public record Framework(double frameworkTicksPerSec, double frameworkTicksPerCpuSec, StreamThreadFigures frameworkStreamThreads) {
    }

    /** The reaction app, and its rate over the other phases' (NaN where one was skipped). */
    public record App(double appTicksPerSec, double appTicksPerCpuSec, double appSeconds, boolean appCompleted, double appVsCeiling,
            double appVsFramework, double appVsNaive, StreamThreadFigures appStreamThreads) {
    }

    /** The naive DSL baseline; NaN, not completed and no bytes when the phase was skipped. */
    public record Naive(double naiveTicksPerSec, double naiveTicksPerCpuSec, double naiveSeconds, boolean naiveCompleted,
            long naiveStateStoreBytes) {
    }

    /** Emit latency on the live feed; NaN, no samples and no thread figures when the phase was skipped or failed. */
    public record Latency(double p50EmitLatencyMs, double p99EmitLatencyMs, double maxEmitLatencyMs, int latencySamples,
            double liveTicksPerSec, StreamThreadFigures liveStreamThreads) {
    }

    /** The app phase's heap, RSS and state stores, and the state bytes a pending reaction holds ({@link PendingFootprint}). */
    public record Memory(long peakHeapBytes, long liveHeapAfterGcBytes, long peakRssBytes, long stateStoreBytes,
            Map<String, Long> stateStoreBytesByStore, Map<String, Long> stateStoreEntriesByStore, double bytesPerPendingReaction,
            double stageTwoBytesPerReaction) {
    }

    /** The app phase's records and bytes on repartition topics and changelogs, per headline of the load. */
    public record InternalTraffic(double internalRecordsPerHeadline, double internalBytesPerHeadline) {
    }

    /** The app phase's reaction counters. */
    public record Counters(long legsComputed, long provisionalReactions, long finalReactions, long noReferenceReactions,
            long lateTicks) {
    }
}
