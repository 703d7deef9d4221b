package io.newsreaction.bench;

import java.util.List;
import java.util.Map;

/**
 * Figures of one bench run, written as {@code bench-result.json}. Rates are per second of wall
 * time on this machine; ratios between them are what carries over to other machines. The JVM's
 * arguments and collectors, the commit interval and producer linger both apps ran with (the
 * product's live defaults unless {@code --streams-config} set them) and the producer's batch size
 * are recorded because they move the figures as much as the code does.
 * {@code internalRecordsPerHeadline} and {@code internalBytesPerHeadline} are the records and bytes
 * (record batches as sent) the app phase wrote to its repartition topics and store changelogs,
 * divided by the headlines of the load: the topology's own traffic.
 */
public record BenchResult(
        long ticks,
        int headlines,
        int symbols,
        long seed,
        long tradingDays,
        int partitions,
        String javaVersion,
        List<String> jvmArguments,
        List<String> garbageCollectors,
        int cores,
        long maxHeapBytes,
        Map<String, String> streamsConfig,
        long commitIntervalMs,
        long producerLingerMs,
        long producerBatchSize,
        double produceSeconds,
        double ceilingTicksPerSec,
        double ceilingTicksPerCpuSec,
        double frameworkTicksPerSec,
        double frameworkTicksPerCpuSec,
        double appVsFramework,
        StreamThreadFigures frameworkStreamThreads,
        double appTicksPerCpuSec,
        double naiveTicksPerCpuSec,
        double appTicksPerSec,
        double appSeconds,
        boolean appCompleted,
        double naiveTicksPerSec,
        double naiveSeconds,
        boolean naiveCompleted,
        double appVsCeiling,
        double appVsNaive,
        double p50EmitLatencyMs,
        double p99EmitLatencyMs,
        double maxEmitLatencyMs,
        int latencySamples,
        double liveTicksPerSec,
        long peakHeapBytes,
        long liveHeapAfterGcBytes,
        long peakRssBytes,
        long stateStoreBytes,
        Map<String, Long> stateStoreBytesByStore,
        Map<String, Long> stateStoreEntriesByStore,
        double bytesPerPendingReaction,
        double stageTwoBytesPerReaction,
        double internalRecordsPerHeadline,
        double internalBytesPerHeadline,
        long legsComputed,
        long provisionalReactions,
        long finalReactions,
        long noReferenceReactions,
        long lateTicks,
        long naiveStateStoreBytes,
        long warmupTicks,
        StreamThreadFigures appStreamThreads,
        StreamThreadFigures liveStreamThreads,
        String broker) {
}
