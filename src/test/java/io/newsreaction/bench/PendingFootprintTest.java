package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.DriverProps;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.market.XnysCalendar;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.serde.InternalAvroSerde;
import io.newsreaction.topology.Names;
import io.newsreaction.topology.ReactionSerdes;
import io.newsreaction.topology.ReactionTopology;
import io.newsreaction.topology.TopologySettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;

class PendingFootprintTest {
    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");
    private static final RoutingSettings ROUTING = new RoutingSettings(Set.of(), "SPY", Map.of("AAPL", "QQQ"), Map.of());
    private static final ReactionSettings REACTION = ReactionSettings.defaults(XnysCalendar.withDefaults());

    @Test
    void shouldCountPerTargetWhatTheTopologyParksInPendingLegsStore() {
        // three targets: NVDA against SPY, AAPL against QQQ, MSFT against SPY
        List<Headline> headlines = List.of(Headlines.id("h1").at(T0).tickers("NVDA", "AAPL").build(),
                Headlines.id("h2").at(T0.plusSeconds(60)).tickers("msft").build());

        PendingFootprint footprint = PendingFootprint.of(headlines, ROUTING, REACTION);

        assertThat(footprint.stageOneBytes()).isEqualTo(pendingLegsStoreBytes(headlines) / 3.0);
        assertThat(footprint.stageTwoBytes()).as("a revision-0 leg carries its grid prices")
                .isGreaterThan(8.0 * REACTION.estimationLength());
    }

    @Test
    void shouldHoldNothingForHeadlinesThatReachNoSymbol() {
        PendingFootprint footprint = PendingFootprint.of(List.of(Headlines.id("h0").at(T0).build()), ROUTING, REACTION);

        assertThat(footprint).isEqualTo(new PendingFootprint(0, 0));
    }

    /** Bytes of keys and values in pending-legs-store once the headlines went through the real topology, before any tick. */
    private static long pendingLegsStoreBytes(List<Headline> headlines) {
        ReactionSerdes serdes = new ReactionSerdes(new InternalAvroSerde<>(Headline.class), new InternalAvroSerde<>(Tick.class),
                new InternalAvroSerde<>(ReactionKey.class), new InternalAvroSerde<>(MarketReaction.class),
                new InternalAvroSerde<>(ReactionEventKey.class), new InternalAvroSerde<>(ReactionEvent.class),
                new InternalAvroSerde<>(CohortKey.class), new InternalAvroSerde<>(CohortStats.class));
        TopologySettings settings = new TopologySettings("headlines", "ticks", "reactions", 1, REACTION, ROUTING);
        try (TopologyTestDriver driver = new TopologyTestDriver(ReactionTopology.build(settings, serdes),
                DriverProps.of("pending-footprint"))) {
            TestInputTopic<String, Headline> input = driver.createInputTopic("headlines", Serdes.String().serializer(),
                    serdes.headline().serializer());
            headlines.forEach(h -> input.pipeInput(h.getId(), h, h.getPublishedAt()));
            long bytes = 0;
            try (KeyValueIterator<Bytes, byte[]> it = driver.<Bytes, byte[]>getKeyValueStore(Names.PENDING_LEGS_STORE).all()) {
                while (it.hasNext()) {
                    KeyValue<Bytes, byte[]> entry = it.next();
                    bytes += entry.key.get().length + entry.value.length;
                }
            }
            assertThat(bytes).as("legs of NVDA, AAPL, MSFT, SPY (twice) and QQQ parked").isPositive();
            return bytes;
        }
    }
}
