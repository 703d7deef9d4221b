package io.newsreaction.topology;

import io.newsreaction.avro.CohortAccumulator;
import io.newsreaction.avro.CohortDelta;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.EventMember;
import io.newsreaction.avro.EventState;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.reaction.EventWindow;
import io.newsreaction.serde.InternalAvroSerde;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Stage 3 of the topology (DESIGN §7), partitioned by symbol: event members (headlines routed to
 * each target by {@code route-headlines}, and retracted copies when a headline is tombstoned,
 * {@code event-members}) and reactions (re-keyed by symbol, {@code event-reactions})
 * meet in {@code build-events}, which writes {@code market.reaction-events} and the per-cohort
 * contribution changes; those are grouped by cohort ({@code cohort-deltas}) and folded into exact
 * sums in {@code cohort-stats-store}, published as {@code market.reaction-stats}.
 */
final class EventsTopology {
    private EventsTopology() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void add(StreamsBuilder builder, KStream<String, EventMember> routedMembers, KStream<ReactionKey, MarketReaction> reactions,
            TopologySettings settings, ReactionSerdes serdes, ReactionMetrics metrics) {
        EventWindow window = new EventWindow(settings.reaction());
        EventAssembler assembler = new EventAssembler(window, settings.reaction().horizons());
        CohortAggregator aggregator = new CohortAggregator(settings.reaction().horizons());
        InternalAvroSerde<CohortKey> cohortKeySerde = new InternalAvroSerde<>(CohortKey.class);
        InternalAvroSerde<CohortDelta> deltaSerde = new InternalAvroSerde<>(CohortDelta.class);

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.EVENTS_STORE),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingEnabled()
                .withLoggingEnabled(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(ReactionTopology.MAX_RECORD_BYTES))));
        Repartitioned<String, EventMember> membersBySymbol = Repartitioned.<String, EventMember>as(Names.EVENT_MEMBERS)
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(EventMember.class))
                .withNumberOfPartitions(settings.partitions());
        Repartitioned<String, MarketReaction> reactionsBySymbol = Repartitioned.<String, MarketReaction>as(Names.EVENT_REACTIONS)
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(MarketReaction.class))
                .withNumberOfPartitions(settings.partitions());
        Materialized<CohortKey, CohortAccumulator, KeyValueStore<Bytes, byte[]>> cohortStore =
                Materialized.<CohortKey, CohortAccumulator, KeyValueStore<Bytes, byte[]>>as(Names.COHORT_STATS_STORE)
                        .withKeySerde(cohortKeySerde).withValueSerde(new InternalAvroSerde<>(CohortAccumulator.class));

        KStream<String, EventMember> members = routedMembers.repartition(membersBySymbol);
        // A retracted reaction's event learns of it from the retracted member, which always comes.
        KStream<String, MarketReaction> reactionValues = reactions
                .filter((key, reaction) -> reaction != null, Named.as(Names.SKIP_REACTION_TOMBSTONES))
                .selectKey((key, reaction) -> key.getSymbol(), Named.as(Names.KEY_REACTIONS_BY_SYMBOL))
                .repartition(reactionsBySymbol);
        Map<String, KStream<SpecificRecord, SpecificRecord>> outputs = ((KStream<String, SpecificRecord>) (KStream) members)
                .merge((KStream<String, SpecificRecord>) (KStream) reactionValues, Named.as(Names.MERGE_EVENT_INPUTS))
                .process(() -> new BuildEventsProcessor(window, assembler, new InternalAvroSerde<>(EventState.class),
                                settings.reaction().historyRetention(), metrics),
                        Named.as(Names.BUILD_EVENTS), Names.EVENTS_STORE)
                .split(Named.as(Names.SPLIT_EVENT_OUTPUT))
                .branch((key, value) -> key instanceof ReactionEventKey, Branched.as(Names.EVENTS_BRANCH))
                .defaultBranch(Branched.as(Names.COHORT_DELTAS_BRANCH));

        ((KStream<ReactionEventKey, ReactionEvent>) (KStream) outputs.get(Names.SPLIT_EVENT_OUTPUT + Names.EVENTS_BRANCH))
                .to(settings.eventsTopic(), Produced.with(serdes.eventKey(), serdes.event()).withName(Names.EVENTS_SINK));
        ((KStream<CohortKey, CohortDelta>) (KStream) outputs.get(Names.SPLIT_EVENT_OUTPUT + Names.COHORT_DELTAS_BRANCH))
                .groupByKey(Grouped.with(Names.COHORT_DELTAS, cohortKeySerde, deltaSerde))
                .aggregate(aggregator::empty, aggregator, Named.as(Names.AGGREGATE_COHORTS), cohortStore)
                .toStream(Named.as(Names.COHORT_STATS_CHANGES))
                .mapValues(aggregator::stats, Named.as(Names.PUBLISH_COHORT_STATS))
                .to(settings.statsTopic(), Produced.with(serdes.cohortKey(), serdes.cohortStats()).withName(Names.STATS_SINK));
    }
}
