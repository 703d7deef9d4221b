package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.HeadlineRetraction;
import io.newsreaction.avro.Leg;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.RoutedSymbol;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.market.XnysCalendar;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.serde.InternalAvroSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage 2 on its own, fed in orders a single-partition driver cannot produce: legs and retractions
 * reach it on two topics, so a retraction of generation 0 may come before or after the first leg
 * of generation 1 (the id published again); and legs come from several stage-1 partitions, one of
 * which may lag the others by more than the query retention in a backlog. Neither order may change
 * what is emitted.
 */
class CombineLegsProcessorTest {
    private static final Instant PUBLISHED = Instant.parse("2025-01-27T15:00:00Z");
    private static final InternalAvroSerde<Leg> LEGS = new InternalAvroSerde<>(Leg.class);

    @TempDir
    Path stateDir;

    @Test
    void shouldGiveTheSameOutputWhetherTheRetractionOrTheNextGenerationComesFirst() {
        Object retraction = new HeadlineRetraction("h1", 0, PUBLISHED);
        List<KeyValueOut> retractionFirst = run(leg(0), retraction, leg(1), leg(0));
        List<KeyValueOut> nextGenerationFirst = run(leg(0), leg(1), retraction, leg(0));

        assertThat(retractionFirst).isEqualTo(nextGenerationFirst);
        assertThat(retractionFirst).extracting(KeyValueOut::status).containsExactly(
                ReactionStatus.NO_REFERENCE.name(), "tombstone", ReactionStatus.NO_REFERENCE.name());
    }

    @Test
    void shouldDropEveryLegOfTheRetractedGenerationAndCountIt() {
        ReactionMetrics metrics = new ReactionMetrics();
        List<KeyValueOut> out = run(metrics, new HeadlineRetraction("h1", 0, PUBLISHED), leg(0), leg(0));

        assertThat(out).isEmpty();
        assertThat(metrics.retractedLegs()).isEqualTo(2);
    }

    @Test
    void shouldCombineTheLegsOfAHeadlineFromAPartitionThatLagsByMoreThanTheRetention() {
        Instant later = PUBLISHED.plus(Duration.ofDays(30));
        // "late" is published first, but its leg comes from a stage-1 partition 30 days behind the one of "early"
        List<KeyValueOut> out = run(leg("early", later, 0), leg("late", PUBLISHED, 0));

        assertThat(out).containsExactly(new KeyValueOut(new ReactionKey("early", "NVDA"), ReactionStatus.NO_REFERENCE.name()),
                new KeyValueOut(new ReactionKey("late", "NVDA"), ReactionStatus.NO_REFERENCE.name()));
    }

    @Test
    void shouldDropAnOldHeadlineOnlyOnceEveryLegSymbolSentItsLastLeg() {
        Instant later = PUBLISHED.plus(Duration.ofDays(30));
        int last = ReactionSettings.defaults(XnysCalendar.withDefaults()).horizons().size() - 1;
        List<Object> inputs = new ArrayList<>(List.of(leg("old", PUBLISHED, 0), leg("new", later, 0)));
        // the clock is 30 days past "old", but SPY has not sent its last leg: "old" stays
        assertThat(progressKeys(inputs)).anyMatch(k -> k.startsWith("old"));
        for (int r = 0; r <= last; r++) {
            inputs.add(benchmarkLeg("old", PUBLISHED, r));
        }
        inputs.add(leg("newer", later.plus(Duration.ofHours(2)), 0));

        assertThat(progressKeys(inputs)).as("old is complete and past the retention").noneMatch(k -> k.startsWith("old"))
                .anyMatch(k -> k.startsWith("new"));
    }

    private List<String> progressKeys(List<Object> inputs) {
        List<String> keys = new ArrayList<>();
        run(new ReactionMetrics(), store -> {
            try (var it = store.all()) {
                it.forEachRemaining(kv -> keys.add(kv.key.toString().replace(HeadlineIndex.MARK, "")));
            }
        }, inputs.toArray());
        return keys.stream().map(k -> k.contains("\u0000") && k.indexOf('\u0000') == 16 ? k.substring(17) : k).toList();
    }

    private record KeyValueOut(ReactionKey key, String status) {
    }

    private List<KeyValueOut> run(Object... inputs) {
        return run(new ReactionMetrics(), inputs);
    }

    private List<KeyValueOut> run(ReactionMetrics metrics, Object... inputs) {
        return run(metrics, store -> { }, inputs);
    }

    private List<KeyValueOut> run(ReactionMetrics metrics, java.util.function.Consumer<KeyValueStore<String, Integer>> progress,
            Object... inputs) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "combine-legs-processor-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<ReactionKey, MarketReaction> context = new MockProcessorContext<>(props, new TaskId(1, 0), stateDir.toFile());
        for (org.apache.kafka.streams.processor.StateStore store : List.<org.apache.kafka.streams.processor.StateStore>of(
                PreCommitStore.builder(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Names.LEG_STORE), Serdes.String(),
                        Serdes.ByteArray()))
                        .withLoggingDisabled().build(),
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Names.PROGRESS_STORE), Serdes.String(), Serdes.Integer())
                        .withLoggingDisabled().build(),
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Names.REACTIONS_STORE),
                        new InternalAvroSerde<>(ReactionKey.class), new InternalAvroSerde<>(MarketReaction.class)).withLoggingDisabled()
                                .build())) {
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        ReactionSettings settings = ReactionSettings.defaults(XnysCalendar.withDefaults());
        CombineLegsProcessor processor = new CombineLegsProcessor(new ReactionAssembler(settings), new LegCalculator(settings), LEGS,
                Duration.ofDays(14), metrics);
        processor.init(context);
        for (Object input : inputs) {
            processor.process(new Record<>("h1", input, PUBLISHED.toEpochMilli()));  // stage 2 reads no key or timestamp
        }
        progress.accept(context.getStateStore(Names.PROGRESS_STORE));
        List<KeyValueOut> out = new ArrayList<>();
        for (var forwarded : context.forwarded()) {
            MarketReaction value = forwarded.record().value();
            out.add(new KeyValueOut(forwarded.record().key(), value == null ? "tombstone" : value.getStatus().name()));
        }
        return out;
    }

    /** Revision 0 of target NVDA's own leg for h1, without a reference price: its reaction needs no benchmark leg. */
    private static byte[] leg(int generation) {
        return leg("h1", PUBLISHED, generation);
    }

    /**
     * Revision 0 of NVDA's leg for headline {@code id} (target NVDA, benchmark SPY), without a
     * reference price, so NVDA's last leg; SPY is the headline's other leg symbol.
     */
    private static byte[] leg(String id, Instant published, int generation) {
        LegRequest request = LegRequest.newBuilder().setHeadlineId(id).setSymbol("NVDA").setKind(HeadlineKind.MODEL_RELEASE)
                .setTitle("R1").setPublishedAt(published).setTimePrecision(TimePrecision.MINUTE).setAnchor(published)
                .setTargets(List.of(new RoutedSymbol("NVDA", "SPY"))).setGeneration(generation).setLegSymbols(2).build();
        return LEGS.serializer().serialize(null, Leg.newBuilder().setRequest(request).setRevision(0).setNoReference(true).build());
    }

    /** SPY's leg {@code revision} for headline {@code id}, with a reference price: the last one is its last reported horizon. */
    private static byte[] benchmarkLeg(String id, Instant published, int revision) {
        LegRequest request = LegRequest.newBuilder().setHeadlineId(id).setSymbol("SPY").setKind(HeadlineKind.MODEL_RELEASE)
                .setTitle("R1").setPublishedAt(published).setTimePrecision(TimePrecision.MINUTE).setAnchor(published)
                .setTargets(List.of(new RoutedSymbol("NVDA", "SPY"))).setLegSymbols(2).build();
        return LEGS.serializer().serialize(null, Leg.newBuilder().setRequest(request).setRevision(revision).setNoReference(false)
                .setReferencePrice(600.0).setReferenceTime(published).build());
    }
}
