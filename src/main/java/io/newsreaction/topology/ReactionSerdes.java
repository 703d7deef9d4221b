package io.newsreaction.topology;

import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import org.apache.kafka.common.serialization.Serde;

/**
 * The registry-backed serdes of the topology's external topics, injected so tests can hand in an
 * in-memory registry. Internal topics and stores use plain Avro and need no registry.
 */
public record ReactionSerdes(
        Serde<Headline> headline,
        Serde<Tick> tick,
        Serde<ReactionKey> reactionKey,
        Serde<MarketReaction> reaction,
        Serde<ReactionEventKey> eventKey,
        Serde<ReactionEvent> event,
        Serde<CohortKey> cohortKey,
        Serde<CohortStats> cohortStats) {
}
