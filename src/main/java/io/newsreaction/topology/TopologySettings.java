package io.newsreaction.topology;

import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import java.util.Objects;

/**
 * What the topology needs to know: topic names, the partition count of stage 1 (must equal the
 * ticks topic's, so leg requests land next to their symbol's ticks), reaction and routing settings, and the
 * contract the ticks' producers follow, and how long (headline time) stage 2 keeps a headline's
 * progress and latest reactions.
 */
public record TopologySettings(
        String headlinesTopic,
        String ticksTopic,
        String reactionsTopic,
        int partitions,
        ReactionSettings reaction,
        RoutingSettings routing,
        String eventsTopic,
        String statsTopic,
        TickContract ticks,
        java.time.Duration queryRetention) {

    /** Settings whose stage 2 keeps a headline as long as the tick history. */
    public TopologySettings(String headlinesTopic, String ticksTopic, String reactionsTopic, int partitions,
            ReactionSettings reaction, RoutingSettings routing, String eventsTopic, String statsTopic, TickContract ticks) {
        this(headlinesTopic, ticksTopic, reactionsTopic, partitions, reaction, routing, eventsTopic, statsTopic, ticks,
                reaction.historyRetention());
    }

    /**
     * Settings for producers that follow the default contract (murmur2 partitioning, {@code PT5M}
     * skew), with event and stats topics named after the reactions topic.
     */
    public TopologySettings(String headlinesTopic, String ticksTopic, String reactionsTopic, int partitions,
            ReactionSettings reaction, RoutingSettings routing) {
        this(headlinesTopic, ticksTopic, reactionsTopic, partitions, reaction, routing, TickContract.DEFAULT);
    }

    /**
     * Settings whose event and stats topics are {@code <reactionsTopic>.events} and
     * {@code <reactionsTopic>.stats}, so two topologies with different reaction topics never share
     * an output topic.
     */
    public TopologySettings(String headlinesTopic, String ticksTopic, String reactionsTopic, int partitions,
            ReactionSettings reaction, RoutingSettings routing, TickContract ticks) {
        this(headlinesTopic, ticksTopic, reactionsTopic, partitions, reaction, routing,
                reactionsTopic + ".events", reactionsTopic + ".stats", ticks);
    }

    /** The same settings for another partition count (a test driver holds each topic as one partition). */
    public TopologySettings withPartitions(int count) {
        return new TopologySettings(headlinesTopic, ticksTopic, reactionsTopic, count, reaction, routing,
                eventsTopic, statsTopic, ticks, queryRetention);
    }

    public TopologySettings {
        Objects.requireNonNull(headlinesTopic, "headlinesTopic");
        Objects.requireNonNull(ticksTopic, "ticksTopic");
        Objects.requireNonNull(reactionsTopic, "reactionsTopic");
        Objects.requireNonNull(reaction, "reaction");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(eventsTopic, "eventsTopic");
        Objects.requireNonNull(statsTopic, "statsTopic");
        Objects.requireNonNull(ticks, "ticks");
        Objects.requireNonNull(queryRetention, "queryRetention");
        if (queryRetention.isZero() || queryRetention.isNegative()) {
            throw new IllegalArgumentException("queryRetention must be positive: " + queryRetention);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
    }
}
