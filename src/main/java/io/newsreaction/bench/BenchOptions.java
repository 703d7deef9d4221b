package io.newsreaction.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How one bench run is set up.
 *
 * @param spec          the load
 * @param partitions    partitions of the bench topics (stage-1 parallelism)
 * @param streamsConfig Streams settings passed to both apps (e.g. {@code commit.interval.ms})
 * @param framework     whether to measure Kafka Streams alone (an empty topology, exactly-once)
 * @param naive         whether to run the naive baseline
 * @param latency       the live latency phase, or null to skip it
 * @param appTimeout    longest wait for the app to drain
 * @param naiveTimeout  time limit of the naive phase (its rate is then measured over that time)
 * @param warmupTicks   ticks of the unmeasured warm-up run of each app (0: none)
 * @param out           JSON result file
 */
public record BenchOptions(LoadSpec spec, int partitions, Map<String, String> streamsConfig, boolean framework, boolean naive,
        LatencyPhase latency, Duration appTimeout, Duration naiveTimeout, long warmupTicks, Path out) {

    /**
     * Embedded-broker settings of the bench rig: the log cleaner's dedupe buffer cut from 128 MB
     * to 16 MB, as clearing it before every cleaning of the busy compacted changelogs took a
     * tenth of the process's CPU in profiles.
     */
    public static final Map<String, String> BROKER_PROPS = Map.of("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));

    public BenchOptions {
        streamsConfig = Map.copyOf(streamsConfig);
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        if (warmupTicks < 0) {
            throw new IllegalArgumentException("warm-up ticks must not be negative: " + warmupTicks);
        }
    }

    /**
     * The warm-up load: {@code warmupTicks} ticks with headlines in the same proportion as the
     * measured load, from another seed, so the JIT has compiled both apps' paths before the
     * measured runs (C2 compiles took a whole core for the first 20 s of a cold app in profiles).
     */
    LoadSpec warmupSpec() {
        int headlines = (int) Math.max(1, spec.headlines() * warmupTicks / spec.ticks());
        return new LoadSpec(spec.symbols(), warmupTicks, headlines, spec.seed() + 1, spec.ticksPerDay());
    }

    /** The default live phase: 120,000 warm-up and 40,000 live ticks at 2,000/s, 200 headlines. */
    public static LatencyPhase defaultLatency() {
        return new LatencyPhase(120_000, 20_000, 60_000, 2_000, 200, 20_000);
    }
}
