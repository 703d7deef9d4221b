package io.newsreaction.bench;

import io.newsreaction.fixtures.FaultScenario;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.topology.ReactionSerdes;
import java.util.Map;

/**
 * The bench's emit-latency measurement for a fault test's topics (ticks and reactions on
 * LogAppendTime): each committed reaction paired with the tick whose append made it due.
 */
public final class EmitLatencies {
    private final LatencyReader reader;

    public EmitLatencies(String bootstrapServers, ReactionSerdes serdes, ReactionSettings settings, FaultScenario scenario) {
        BenchContext context = new BenchContext("", bootstrapServers, null, serdes, Map.of(), null, null, null);
        BenchTopics topics = new BenchTopics(scenario.headlines(), scenario.ticks(), scenario.reactions(),
                scenario.applicationId() + "-dlq", FaultScenario.PARTITIONS, true);
        this.reader = new LatencyReader(context, topics, settings);
    }

    /** Sorted latencies in ms of the reactions whose triggering tick was appended in {@code [fromMs, toMs)}. */
    public long[] between(long fromMs, long toMs) {
        return reader.latencies(fromMs, toMs);
    }

    /** Nearest-rank percentile of sorted milliseconds ({@code NaN} when empty). */
    public static double percentile(long[] sorted, double q) {
        return LatencyPhase.percentile(sorted, q);
    }
}
