package io.newsreaction.bench;

import io.newsreaction.runtime.StreamsProperties;
import io.newsreaction.topology.ReactionMetrics;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Assembles a {@link BenchResult} from the figures of the phases. */
final class BenchResults {
    private BenchResults() {
    }

    static BenchResult of(BenchOptions options, String broker, double produceSeconds, CeilingPhase.Result ceiling,
            BenchRun.FrameworkFigures framework, BenchRun.AppFigures app, Throughput naive, LatencyPhase.Result latency) {
        LoadSpec spec = options.spec();
        Throughput t = app.throughput();
        PendingFootprint footprint = app.footprint();
        return new BenchResult(
                new BenchResult.Load(spec.ticks(), spec.headlines(), spec.symbols(), spec.seed(), spec.tradingDays(),
                        options.partitions(), options.warmupTicks(), produceSeconds),
                machine(), config(options.streamsConfig(), broker),
                new BenchResult.Ceiling(ceiling.ticksPerSec(), ceiling.ticksPerCpuSec()),
                framework(framework),
                app(app, ceiling.ticksPerSec(), rate(framework == null ? null : framework.throughput()), rate(naive)),
                naive(naive),
                latency(latency),
                new BenchResult.Memory(t.memory().peakHeapBytes(), t.memory().liveHeapAfterGcBytes(), t.memory().peakRssBytes(),
                        t.totalStoreBytes(), t.storeBytes(), t.storeEntries(), footprint.stageOneBytes(), footprint.stageTwoBytes()),
                new BenchResult.InternalTraffic(perHeadline(app.threads().internalRecordsSent(), spec),
                        perHeadline(app.threads().internalBytesSent(), spec)),
                counters(app.metrics()));
    }

    private static BenchResult.Machine machine() {
        Runtime runtime = Runtime.getRuntime();
        return new BenchResult.Machine(System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                garbageCollectors(), runtime.availableProcessors(), runtime.maxMemory());
    }

    private static BenchResult.Config config(Map<String, String> streamsConfig, String broker) {
        StreamsConfig streams = appStreamsConfig(streamsConfig);
        return new BenchResult.Config(streamsConfig, streams.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG),
                producerLingerMs(streams), producerBatchSize(streams), broker);
    }

    private static BenchResult.Framework framework(BenchRun.FrameworkFigures framework) {
        return framework == null ? new BenchResult.Framework(Double.NaN, Double.NaN, null)
                : new BenchResult.Framework(framework.throughput().ticksPerSec(), framework.throughput().ticksPerCpuSec(),
                        framework.threads());
    }

    /** The app's figures and its rate over the ceiling's, the framework's and the naive baseline's (NaN: skipped). */
    private static BenchResult.App app(BenchRun.AppFigures app, double ceilingRate, double frameworkRate, double naiveRate) {
        Throughput t = app.throughput();
        return new BenchResult.App(t.ticksPerSec(), t.ticksPerCpuSec(), t.seconds(), t.completed(), t.ticksPerSec() / ceilingRate,
                t.ticksPerSec() / frameworkRate, t.ticksPerSec() / naiveRate, app.threads());
    }

    private static BenchResult.Naive naive(Throughput naive) {
        return naive == null ? new BenchResult.Naive(Double.NaN, Double.NaN, Double.NaN, false, 0)
                : new BenchResult.Naive(naive.ticksPerSec(), naive.ticksPerCpuSec(), naive.seconds(), naive.completed(),
                        naive.totalStoreBytes());
    }

    private static BenchResult.Latency latency(LatencyPhase.Result latency) {
        return latency == null ? new BenchResult.Latency(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, null)
                : new BenchResult.Latency(latency.p50Ms(), latency.p99Ms(), latency.maxMs(), latency.samples(),
                        latency.liveTicksPerSec(), latency.liveThreads());
    }

    private static BenchResult.Counters counters(ReactionMetrics m) {
        return new BenchResult.Counters(m.legsComputed(), m.provisionalReactions(), m.finalReactions(), m.noReferenceReactions(),
                m.lateTicks());
    }

    /** Ticks per second of a phase, NaN when it was skipped. */
    private static double rate(Throughput phase) {
        return phase == null ? Double.NaN : phase.ticksPerSec();
    }

    private static double perHeadline(double total, LoadSpec spec) {
        return spec.headlines() == 0 ? Double.NaN : total / spec.headlines();
    }

    /** The Kafka Streams configuration both apps ran with, to read its effective values back. */
    static StreamsConfig appStreamsConfig(Map<String, String> streamsConfig) {
        Map<String, Object> kafka = new HashMap<>(streamsConfig);
        // required to build a StreamsConfig; nothing connects to it
        kafka.putIfAbsent(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        return new StreamsConfig(StreamsProperties.build("bench", "bench-dlq", null, kafka));
    }

    /** The producer's effective linger: a {@code --streams-config} value stays a string, the default is a number. */
    static long producerLingerMs(StreamsConfig streams) {
        return producerSetting(streams, ProducerConfig.LINGER_MS_CONFIG);
    }

    /** The producer's effective batch size: as set, or the producer's own default. */
    static long producerBatchSize(StreamsConfig streams) {
        return producerSetting(streams, ProducerConfig.BATCH_SIZE_CONFIG);
    }

    private static long producerSetting(StreamsConfig streams, String key) {
        Object value = streams.getProducerConfigs("bench").get(key);
        return Long.parseLong(String.valueOf(value != null ? value : ProducerConfig.configDef().defaultValues().get(key)));
    }

    /** The names of this JVM's collectors, e.g. "G1 Young Generation" or "PS Scavenge". */
    private static List<String> garbageCollectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList();
    }
}
