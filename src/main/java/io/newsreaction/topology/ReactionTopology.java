package io.newsreaction.topology;

import io.newsreaction.avro.EventMember;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineRetraction;
import io.newsreaction.avro.HeadlineVersion;
import io.newsreaction.avro.Leg;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.reaction.EventWindow;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.serde.InternalAvroSerde;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The reaction topology, a pure function of settings and serdes.
 *
 * <p>Stage 1 (partitioned by symbol): ticks and leg requests (headlines fanned out to each routed
 * symbol and its benchmark, repartitioned by symbol into {@code leg-requests}) meet in
 * {@code compute-legs}, which keeps in-session ticks and the partition's tick time in memory (made
 * durable before each commit in {@code price-history-store}) and waiting legs in {@code pending-legs-store}. When tick time reaches a
 * horizon's end plus grace, the leg for that horizon is computed from the local history and
 * written, keyed by headline id, to {@code legs}.
 *
 * <p>Stage 2 (partitioned by headline id): {@code combine-legs} pairs a target's leg with its
 * benchmark's leg for the same horizon, fits the market model and emits the next
 * {@code MarketReaction} revision.
 *
 * <p>Stage 3 (partitioned by symbol, see {@link EventsTopology}): reactions sharing a symbol,
 * window start and precision form one event, with confounder counts, published to the events
 * topic; each event's contribution to its cohorts is folded into exact sums, published to the stats
 * topic. No wall clock, no stream time, no global store: the output is a function of the input
 * records and the settings.
 */
public final class ReactionTopology {
    /** The configuration key that names the ticks' partitioner; dead-letter reasons quote it. */
    public static final String TICKS_PARTITIONER_KEY = "topics.ticks.partitioner";
    /**
     * Largest record the topology may write (producer {@code max.request.size}, and the
     * {@code max.message.bytes} of the {@code events-store} changelog): an event's state grows with
     * its members, some 25 KB per member at the input limits, and a refused write would stop the
     * partition under exactly-once. 16 MiB holds some 650 maximal members or tens of thousands of
     * ordinary ones; every other record stays far below the broker's default 1 MiB.
     */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private ReactionTopology() {
    }

    public static Topology build(TopologySettings settings, ReactionSerdes serdes) {
        return build(settings, serdes, new ReactionMetrics());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Topology build(TopologySettings settings, ReactionSerdes serdes, ReactionMetrics metrics) {
        InternalAvroSerde<LegRequest> requestSerde = new InternalAvroSerde<>(LegRequest.class);
        InternalAvroSerde<Leg> legSerde = new InternalAvroSerde<>(Leg.class);
        LegCalculator calculator = new LegCalculator(settings.reaction());
        RouteHeadlines router = new RouteHeadlines(new HeadlineRouter(settings.routing()), calculator, metrics);
        ReactionAssembler assembler = new ReactionAssembler(settings.reaction(), calculator);

        Consumed<String, Headline> headlinesConsumed = Consumed.with(Serdes.String(), serdes.headline()).withName(Names.HEADLINES_SOURCE);
        Consumed<String, Tick> ticksConsumed = Consumed.with(Serdes.String(), serdes.tick()).withName(Names.TICKS_SOURCE);
        Repartitioned<String, LegRequest> byLegSymbol = Repartitioned.<String, LegRequest>as(Names.LEG_REQUESTS)
                .withKeySerde(Serdes.String()).withValueSerde(requestSerde).withNumberOfPartitions(settings.partitions())
                .withStreamPartitioner(settings.ticks().partitioner().streamPartitioner());
        // Legs cross to stage 2 as the bytes stage 1 encoded once: stage 2 decodes each leg once and
        // stores those same bytes in leg-store, so the leg-store changelog equals what a Leg serde writes.
        Repartitioned<String, byte[]> byHeadline = Repartitioned.<String, byte[]>as(Names.LEGS)
                .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()).withNumberOfPartitions(settings.partitions());
        // Same key serde, partitioner and partition count as the legs: a retraction meets its headline's legs.
        Repartitioned<String, HeadlineRetraction> retractionsByHeadline =
                Repartitioned.<String, HeadlineRetraction>as(Names.HEADLINE_RETRACTIONS)
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(HeadlineRetraction.class))
                .withNumberOfPartitions(settings.partitions());
        Produced<ReactionKey, MarketReaction> reactionsProduced = Produced.with(serdes.reactionKey(), serdes.reaction())
                .withName(Names.REACTIONS_SINK);

        StreamsBuilder builder = new StreamsBuilder();
        stageOneStores().forEach(builder::addStateStore);
        stageTwoStores().forEach(builder::addStateStore);

        HeadlineCaps caps = new HeadlineCaps(settings.routing());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.HEADLINES_STORE),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        RouteEventMembers memberRouter = new RouteEventMembers(new HeadlineRouter(settings.routing()),
                new EventWindow(settings.reaction()));
        // Tombstones pass validation: route-headlines turns them into retractions.
        Map<String, KStream<String, SpecificRecord>> routed = builder.stream(settings.headlinesTopic(), headlinesConsumed)
                .mapValues((key, headline) -> headline == null ? null : caps.check(InputValidator.headline(key, headline)),
                        Named.as(Names.VALIDATE_HEADLINES))
                .process(() -> new RouteHeadlinesProcessor(router, memberRouter, new InternalAvroSerde<>(HeadlineVersion.class),
                        settings.queryRetention(), settings.ticks().maxFutureSkew(), metrics), Named.as(Names.ROUTE_HEADLINES),
                                Names.HEADLINES_STORE)
                .split(Named.as(Names.SPLIT_ROUTED_HEADLINES))
                .branch((key, value) -> value instanceof LegRequest, Branched.as(Names.LEG_REQUESTS_BRANCH))
                .branch((key, value) -> value instanceof EventMember, Branched.as(Names.EVENT_MEMBERS_BRANCH))
                .defaultBranch(Branched.as(Names.RETRACTIONS_BRANCH));
        KStream<String, LegRequest> legRequests = ((KStream<String, LegRequest>) (KStream) routed.get(
                Names.SPLIT_ROUTED_HEADLINES + Names.LEG_REQUESTS_BRANCH)).repartition(byLegSymbol);
        KStream<String, HeadlineRetraction> retractionBranch = (KStream<String, HeadlineRetraction>) (KStream) routed.get(
                Names.SPLIT_ROUTED_HEADLINES + Names.RETRACTIONS_BRANCH);
        KStream<String, Object> retractions = (KStream<String, Object>) (KStream) retractionBranch.repartition(retractionsByHeadline);
        KStream<String, Tick> ticks = builder.stream(settings.ticksTopic(), ticksConsumed)
                .processValues(() -> new ValidateTicksProcessor(settings.ticks(), settings.partitions(),
                        TICKS_PARTITIONER_KEY, metrics), Named.as(Names.VALIDATE_TICKS));

        KStream<String, byte[]> legs = ((KStream<String, SpecificRecord>) (KStream) ticks)
                .merge((KStream<String, SpecificRecord>) (KStream) legRequests, Named.as(Names.MERGE_STAGE_ONE))
                .process(() -> new ComputeLegsProcessor(settings.reaction(), calculator, requestSerde, legSerde, metrics),
                        Named.as(Names.COMPUTE_LEGS),
                        Names.PRICE_HISTORY_STORE, Names.PENDING_LEGS_STORE)
                .repartition(byHeadline);
        KStream<ReactionKey, MarketReaction> reactions = ((KStream<String, Object>) (KStream) legs)
                .merge(retractions, Named.as(Names.MERGE_STAGE_TWO))
                .process(() -> new CombineLegsProcessor(assembler, calculator, legSerde, settings.queryRetention(), metrics),
                        Named.as(Names.COMBINE_LEGS),
                        Names.LEG_STORE, Names.PROGRESS_STORE, Names.REACTIONS_STORE);
        reactions.to(settings.reactionsTopic(), reactionsProduced);
        EventsTopology.add(builder, (KStream<String, EventMember>) (KStream) routed.get(
                Names.SPLIT_ROUTED_HEADLINES + Names.EVENT_MEMBERS_BRANCH), reactions, settings, serdes, metrics);
        return builder.build();
    }

    private static java.util.List<StoreBuilder<?>> stageOneStores() {
        // Written just before each commit from compute-legs' memory (see PreCommitStore): the
        // partition's open chunk of ticks, and its clock. Each key is written at most once between
        // two commits, so a cache would only copy them.
        StoreBuilder<PreCommitStore<Bytes, byte[]>> history = PreCommitStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.PRICE_HISTORY_STORE), Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled());
        // Write-once: a pending leg is put when it arrives and deleted with its last revision, never
        // written twice between two commits, so a cache would only copy it.
        StoreBuilder<KeyValueStore<Bytes, byte[]>> pending = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.PENDING_LEGS_STORE), Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled();
        return java.util.List.of(history, pending);
    }

    // The progress and reactions stores are cached: a key written several times between two commits
    // (a reaction's revisions, a finished count) costs one store write and one changelog record.
    // The processors forward their output themselves, so caching never delays or merges output.
    private static java.util.List<StoreBuilder<?>> stageTwoStores() {
        // Values are Leg records in the internal Avro encoding, kept as bytes (see the legs topic above).
        // Written just before each commit (see PreCommitStore), once per key: the legs still waiting for
        // their partner, and the partition's clock; uncached, as a cache would only copy them.
        StoreBuilder<PreCommitStore<String, byte[]>> legs = PreCommitStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.LEG_STORE), Serdes.String(), Serdes.ByteArray()).withCachingDisabled());
        StoreBuilder<KeyValueStore<String, Integer>> progress = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.PROGRESS_STORE), Serdes.String(), Serdes.Integer()).withCachingEnabled();
        StoreBuilder<KeyValueStore<ReactionKey, MarketReaction>> latest = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.REACTIONS_STORE),
                new InternalAvroSerde<>(ReactionKey.class), new InternalAvroSerde<>(MarketReaction.class)).withCachingEnabled();
        return java.util.List.of(legs, progress, latest);
    }
}
