package io.newsreaction.bench;

import io.newsreaction.topology.ReactionMetrics;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/** Assembles a {@link BenchResult} from the figures of the phases. */
final class BenchResults {
    private BenchResults() {
    }

    static BenchResult of(BenchOptions options, String broker, LoadGenerator generator, double produceSeconds, CeilingPhase.Result ceiling,
            BenchRun.AppFigures app, Throughput naive, LatencyPhase.Result latency, PendingFootprint footprint) {
        Throughput t = app.throughput();
        ReactionMetrics m = app.metrics();
        LoadSpec spec = options.spec();
        double naiveRate = naive == null ? Double.NaN : naive.ticksPerSec();
        return new BenchResult(spec.ticks(), spec.headlines(), spec.symbols(), spec.seed(), spec.tradingDays(),
                options.partitions(), System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), garbageCollectors(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(), options.streamsConfig(), produceSeconds,
                ceiling.ticksPerSec(), ceiling.ticksPerCpuSec(), t.ticksPerCpuSec(),
                naive == null ? Double.NaN : naive.ticksPerCpuSec(), t.ticksPerSec(), t.seconds(), t.completed(),
                naiveRate, naive == null ? Double.NaN : naive.seconds(), naive != null && naive.completed(),
                t.ticksPerSec() / ceiling.ticksPerSec(), t.ticksPerSec() / naiveRate,
                latency == null ? Double.NaN : latency.p50Ms(), latency == null ? Double.NaN : latency.p99Ms(),
                latency == null ? Double.NaN : latency.maxMs(), latency == null ? 0 : latency.samples(),
                latency == null ? Double.NaN : latency.liveTicksPerSec(),
                t.memory().peakHeapBytes(), t.memory().liveHeapAfterGcBytes(), t.memory().peakRssBytes(),
                t.totalStoreBytes(), t.storeBytes(), footprint.stageOneBytes(), footprint.stageTwoBytes(),
                m.legsComputed(), m.provisionalReactions(), m.finalReactions(), m.noReferenceReactions(), m.lateTicks(),
                naive == null ? 0 : naive.totalStoreBytes(), options.warmupTicks(), app.threads(), broker);
    }

    /** The names of this JVM's collectors, e.g. "G1 Young Generation" or "PS Scavenge". */
    private static List<String> garbageCollectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList();
    }
}
