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
 * Legs and retractions reach stage 2 on two topics, so a retraction of generation 0 may come
 * before or after the first leg of generation 1 (the id published again): both orders must give
 * the same output, and a leg of the retracted generation still to come is dropped either way.
 */
class StageTwoRetractionOrderTest {
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

    private record KeyValueOut(ReactionKey key, String status) {
    }

    private List<KeyValueOut> run(Object... inputs) {
        return run(new ReactionMetrics(), inputs);
    }

    private List<KeyValueOut> run(ReactionMetrics metrics, Object... inputs) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stage-two-retraction-order-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<ReactionKey, MarketReaction> context = new MockProcessorContext<>(props, new TaskId(1, 0), stateDir.toFile());
        for (KeyValueStore<?, ?> store : List.of(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Names.LEG_STORE), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled().build(),
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Names.PROGRESS_STORE), Serdes.String(), Serdes.Integer())
                        .withLoggingDisabled().build(),
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Names.REACTIONS_STORE),
                        new InternalAvroSerde<>(ReactionKey.class), new InternalAvroSerde<>(MarketReaction.class)).withLoggingDisabled().build())) {
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        ReactionSettings settings = ReactionSettings.defaults(XnysCalendar.withDefaults());
        CombineLegsProcessor processor = new CombineLegsProcessor(new ReactionAssembler(settings), LEGS, Duration.ofDays(14), metrics);
        processor.init(context);
        for (Object input : inputs) {
            processor.process(new Record<>("h1", input, PUBLISHED.toEpochMilli()));
        }
        List<KeyValueOut> out = new ArrayList<>();
        for (var forwarded : context.forwarded()) {
            MarketReaction value = forwarded.record().value();
            out.add(new KeyValueOut(forwarded.record().key(), value == null ? "tombstone" : value.getStatus().name()));
        }
        return out;
    }

    /** Revision 0 of target NVDA's own leg, without a reference price: its reaction needs no benchmark leg. */
    private static byte[] leg(int generation) {
        LegRequest request = LegRequest.newBuilder().setHeadlineId("h1").setSymbol("NVDA").setKind(HeadlineKind.MODEL_RELEASE)
                .setTitle("R1").setPublishedAt(PUBLISHED).setTimePrecision(TimePrecision.MINUTE).setAnchor(PUBLISHED)
                .setTargets(List.of(new RoutedSymbol("NVDA", "SPY"))).setGeneration(generation).build();
        return LEGS.serializer().serialize(null, Leg.newBuilder().setRequest(request).setRevision(0).setNoReference(true).build());
    }
}
