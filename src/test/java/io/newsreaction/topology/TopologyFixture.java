package io.newsreaction.topology;

import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.DriverProps;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.serde.SpecificAvroSerde;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs the reaction topology in a {@link TopologyTestDriver} with the Confluent-framed serdes on an
 * in-memory registry, and pipes mixed input in the given order.
 */
final class TopologyFixture implements AutoCloseable {
    static final String HEADLINES = "news.headlines";
    static final String TICKS = "market.ticks";
    static final String REACTIONS = "market.reactions";

    final ReactionMetrics metrics = new ReactionMetrics();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Headline> headlines;
    private final TestInputTopic<String, Tick> ticks;
    private final TestOutputTopic<ReactionKey, MarketReaction> reactions;
    private final TestOutputTopic<ReactionEventKey, ReactionEvent> events;
    private final TestOutputTopic<CohortKey, CohortStats> stats;

    TopologyFixture(ReactionSettings reaction, RoutingSettings routing) {
        this(new TopologySettings(HEADLINES, TICKS, REACTIONS, 1, reaction, routing), new Properties());
    }

    /** A driver for {@code settings} (one partition), with {@code extra} Streams properties (e.g. the DLQ handlers). */
    TopologyFixture(TopologySettings settings, Properties extra) {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        Map<String, Object> config = Map.of("schema.registry.url", "http://in-memory.invalid:8081");
        ReactionSerdes serdes = new ReactionSerdes(
                new SpecificAvroSerde<>(registry, Headline.class, config, false),
                new SpecificAvroSerde<>(registry, Tick.class, config, false),
                new SpecificAvroSerde<>(registry, ReactionKey.class, config, true),
                new SpecificAvroSerde<>(registry, MarketReaction.class, config, false),
                new SpecificAvroSerde<>(registry, ReactionEventKey.class, config, true),
                new SpecificAvroSerde<>(registry, ReactionEvent.class, config, false),
                new SpecificAvroSerde<>(registry, CohortKey.class, config, true),
                new SpecificAvroSerde<>(registry, CohortStats.class, config, false));
        Properties props = DriverProps.of("topology-test", extra);
        driver = new TopologyTestDriver(ReactionTopology.build(settings, serdes, metrics), props);
        headlines = driver.createInputTopic(HEADLINES, Serdes.String().serializer(), serdes.headline().serializer());
        ticks = driver.createInputTopic(TICKS, Serdes.String().serializer(), serdes.tick().serializer());
        reactions = driver.createOutputTopic(REACTIONS, serdes.reactionKey().deserializer(), serdes.reaction().deserializer());
        events = driver.createOutputTopic(settings.eventsTopic(), serdes.eventKey().deserializer(), serdes.event().deserializer());
        stats = driver.createOutputTopic(settings.statsTopic(), serdes.cohortKey().deserializer(), serdes.cohortStats().deserializer());
    }

    /** Pipes ticks and headlines in list order; record timestamps are their event times. */
    TopologyFixture pipe(List<? extends SpecificRecord> records) {
        for (SpecificRecord r : records) {
            if (r instanceof Tick t) {
                ticks.pipeInput(t.getSymbol(), t, t.getTs());
            } else if (r instanceof Headline h) {
                headlines.pipeInput(h.getId(), h, h.getPublishedAt());
            } else {
                throw new IllegalArgumentException("not an input record: " + r);
            }
        }
        return this;
    }

    /** Pipes a tombstone (null value) for headline {@code id} onto the headlines topic. */
    TopologyFixture tombstone(String id, java.time.Instant recordTime) {
        headlines.pipeInput(id, null, recordTime);
        return this;
    }

    List<KeyValue<ReactionKey, MarketReaction>> output() {
        return new ArrayList<>(reactions.readKeyValuesToList());
    }

    /** Every event record emitted so far, in order (tombstones as null values). */
    List<KeyValue<ReactionEventKey, ReactionEvent>> events() {
        return new ArrayList<>(events.readKeyValuesToList());
    }

    /** Every cohort record emitted so far, in order. */
    List<KeyValue<CohortKey, CohortStats>> stats() {
        return new ArrayList<>(stats.readKeyValuesToList());
    }

    TopologyTestDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
    }
}
