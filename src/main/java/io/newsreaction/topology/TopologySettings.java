package io.newsreaction.topology;

import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import java.util.Objects;

/**
 * What the topology needs to know: topic names, the partition count of stage 1 (must equal the
 * ticks topic's, so leg requests land next to their symbol's ticks), reaction and routing settings, and the
 * contract the ticks' producers follow.
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
        TickContract ticks) {

    /** Settings for producers that follow the default contract (murmur2 partitioning, {@code PT5M} skew), default event and stats topics. */
    public TopologySettings(String headlinesTopic, String ticksTopic, String reactionsTopic, int partitions,
            ReactionSettings reaction, RoutingSettings routing) {
        this(headlinesTopic, ticksTopic, reactionsTopic, partitions, reaction, routing, TickContract.DEFAULT);
    }

    /** Settings with the default event and stats topic names. */
    public TopologySettings(String headlinesTopic, String ticksTopic, String reactionsTopic, int partitions,
            ReactionSettings reaction, RoutingSettings routing, TickContract ticks) {
        this(headlinesTopic, ticksTopic, reactionsTopic, partitions, reaction, routing,
                "market.reaction-events", "market.reaction-stats", ticks);
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
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
    }
}
