package io.newsreaction.topology;

import io.newsreaction.avro.CohortAccumulator;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.EventState;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.serde.InternalAvroSerde;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Bytes;

/**
 * The records the topology last published, read back from its stores for interactive queries:
 * an event's record is kept in its {@code events-store} state ({@code emitted}), a cohort's is
 * computed from its {@code cohort-stats-store} sums exactly as {@code publish-cohort-stats} does.
 */
public final class PublishedRecords {
    private final Deserializer<EventState> states = new InternalAvroSerde<>(EventState.class).deserializer();
    private final CohortAggregator aggregator;

    public PublishedRecords(ReactionSettings reaction) {
        this.aggregator = new CohortAggregator(reaction.horizons());
    }

    /**
     * The event last published under {@code key} of {@code events-store}, or null for the store's
     * bookkeeping entry and for an event not published yet.
     */
    public ReactionEvent event(Bytes key, byte[] stored) {
        if (key.get().length == 0 || stored == null) {
            return null;
        }
        return states.deserialize(null, stored).getEmitted();
    }

    /** The statistics last published for {@code key}, or null when the cohort has no event left. */
    public CohortStats stats(CohortKey key, CohortAccumulator sums) {
        return sums == null ? null : aggregator.stats(key, sums);
    }
}
