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

    static BenchResult of(BenchOptions options, String broker, LoadGenerator generator, double produceSeconds, CeilingPhase.Result ceiling,
            BenchRun.FrameworkFigures framework, BenchRun.AppFigures app, Throughput naive, LatencyPhase.Result latency,
                    PendingFootprint footprint) {
        Throughput t = app.throughput();
        ReactionMetrics m = app.metrics();
        LoadSpec spec = options.spec();
        double naiveRate = naive == null ? Double.NaN : naive.ticksPerSec();
        double frameworkRate = framework == null ? Double.NaN : framework.throughput().ticksPerSec();
        StreamsConfig streams = appStreamsConfig(options.streamsConfig());
        return new BenchResult(spec.ticks(), spec.headlines(), spec.symbols(), spec.seed(), spec.tradingDays(),
                options.partitions(), System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), garbageCollectors(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(), options.streamsConfig(),
                streams.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG),
                producerLingerMs(streams), producerBatchSize(streams), produceSeconds,
                ceiling.ticksPerSec(), ceiling.ticksPerCpuSec(), frameworkRate,
                framework == null ? Double.NaN : framework.throughput().ticksPerCpuSec(), t.ticksPerSec() / frameworkRate,
                framework == null ? null : framework.threads(), t.ticksPerCpuSec(),
                naive == null ? Double.NaN : naive.ticksPerCpuSec(), t.ticksPerSec(), t.seconds(), t.completed(),
                naiveRate, naive == null ? Double.NaN : naive.seconds(), naive != null && naive.completed(),
                t.ticksPerSec() / ceiling.ticksPerSec(), t.ticksPerSec() / naiveRate,
                latency == null ? Double.NaN : latency.p50Ms(), latency == null ? Double.NaN : latency.p99Ms(),
                latency == null ? Double.NaN : latency.maxMs(), latency == null ? 0 : latency.samples(),
                latency == null ? Double.NaN : latency.liveTicksPerSec(),
                t.memory().peakHeapBytes(), t.memory().liveHeapAfterGcBytes(), t.memory().peakRssBytes(),
                t.totalStoreBytes(), t.storeBytes(), t.storeEntries(), footprint.stageOneBytes(), footprint.stageTwoBytes(),
                perHeadline(app.threads().internalRecordsSent(), spec), perHeadline(app.threads().internalBytesSent(), spec),
                m.legsComputed(), m.provisionalReactions(), m.finalReactions(), m.noReferenceReactions(), m.lateTicks(),
                naive == null ? 0 : naive.totalStoreBytes(), options.warmupTicks(), app.threads(),
                latency == null ? null : latency.liveThreads(), broker);
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
