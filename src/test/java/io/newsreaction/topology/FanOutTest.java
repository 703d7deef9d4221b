package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.DriverProps;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.runtime.DeadLetterHeaders;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.runtime.StreamsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * What one headline costs downstream: leg requests carry only the targets that use their leg, a
 * headline over the ticker or entity cap is dead-lettered, and stage 2 keeps a symbol's legs only
 * while a target still needs them.
 */
class FanOutTest {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    private static final ReactionSettings REACTION = new ReactionSettings(new TwentyFourSevenCalendar(),
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)), Duration.ofMinutes(1), Duration.ofMinutes(30),
            Duration.ofMinutes(5), 390, 30, Duration.ofMinutes(390), Duration.ofDays(14));

    @Test
    void shouldSendEachTargetInAtMostTwoLegRequestsInsteadOfInEveryOne() {
        RoutingSettings routing = new RoutingSettings(Set.of(), "SPY", Map.of(), Map.of(), 1_000, 100);
        RouteHeadlines router = new RouteHeadlines(new HeadlineRouter(routing), new LegCalculator(REACTION), new ReactionMetrics());
        Headline wide = Headlines.id("h-wide").at(T0).tickers(IntStream.range(0, 1_000).mapToObj(i -> "T" + i).toArray(String[]::new))
                .build();

        List<KeyValue<String, LegRequest>> requests = new ArrayList<>();
        router.apply("h-wide", wide).forEach(requests::add);

        assertThat(requests).hasSize(1_001);
        long carried = requests.stream().mapToLong(kv -> kv.value.getTargets().size()).sum();
        assertThat(carried).as("1,000 own targets plus SPY's 1,000 users; was 1,001 x 1,000").isEqualTo(2_000);
        assertThat(requests).filteredOn(kv -> kv.key.equals("T7")).singleElement()
                .satisfies(kv -> assertThat(kv.value.getTargets()).extracting(t -> t.getSymbol() + "/" + t.getBenchmark())
                        .containsExactly("T7/SPY"));
    }

    @Test
    void shouldDeadLetterAHeadlineOverTheTickerOrEntityCapNamingTheSetting() {
        RoutingSettings routing = new RoutingSettings(Set.of(), "SPY", Map.of(), Map.of(), 3, 2);
        ReactionSerdes serdes = ReactionService.serdes(new InMemorySchemaRegistryClient(), Map.of());
        try (TopologyTestDriver driver = driver(routing, serdes)) {
            TestInputTopic<String, Headline> headlines = driver.createInputTopic("in.headlines", new StringSerializer(),
                    serdes.headline().serializer());
            headlines.pipeInput("h4", Headlines.id("h4").at(T0).tickers("A", "B", "C", "D").build(), T0);
            headlines.pipeInput("h3", Headlines.id("h3").at(T0).tickers("A", "B", "C").entities("x", "y", "z").build(), T0);
            headlines.pipeInput("ok", Headlines.id("ok").at(T0).tickers("A", "B", "C").entities("x", "y").build(), T0);

            List<TestRecord<byte[], byte[]>> dead = driver.createOutputTopic("dlq", new ByteArrayDeserializer(),
                    new ByteArrayDeserializer()).readRecordsToList();
            assertThat(dead).extracting(r -> new String(r.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
                    .containsExactly("headline lists 4 tickers, more than routing.max-tickers=3",
                            "headline lists 3 entities, more than routing.max-entities=2");
        }
    }

    @Test
    void shouldDropEveryLegOfAHeadlineOnceAllItsReactionsAreFinal() {
        RoutingSettings routing = new RoutingSettings(Set.of(), "SPY", Map.of("AAA", "BBB", "CCC", "BBB"), Map.of());
        ReactionSerdes serdes = ReactionService.serdes(new InMemorySchemaRegistryClient(), Map.of());
        try (TopologyTestDriver driver = driver(routing, serdes)) {
            TestInputTopic<String, Headline> headlines = driver.createInputTopic("in.headlines", new StringSerializer(),
                    serdes.headline().serializer());
            TestInputTopic<String, Tick> ticks = driver.createInputTopic("in.ticks", new StringSerializer(), serdes.tick().serializer());
            headlines.pipeInput("h1", Headlines.id("h1").at(T0).tickers("AAA", "CCC", "DDD").build(), T0);
            for (String offset : List.of("-PT1M", "PT30S", "PT1M", "PT4M", "PT6M")) {
                Instant at = T0.plus(Duration.parse(offset));
                for (String symbol : List.of("AAA", "BBB", "CCC")) {
                    ticks.pipeInput(symbol, TickRecords.of(symbol).at(at).price(100 + offset.length()).build(), at);
                }
            }
            // DDD has no tick before the headline: no reference; SPY (its benchmark) never trades
            List<KeyValue<ReactionKey, MarketReaction>> out = driver.createOutputTopic("out.reactions",
                    serdes.reactionKey().deserializer(), serdes.reaction().deserializer()).readKeyValuesToList();

            assertThat(out.stream().map(kv -> kv.value).filter(r -> r.getStatus() != ReactionStatus.PROVISIONAL)
                    .map(MarketReaction::getSymbol)).containsExactlyInAnyOrder("AAA", "CCC", "DDD");
            @SuppressWarnings("unchecked")
            KeyValueStore<String, byte[]> legs = ((PreCommitStore<String, byte[]>) driver.getStateStore(Names.LEG_STORE)).store();
            try (KeyValueIterator<String, byte[]> all = legs.all()) {
                // the partition's clock is the one entry that is no leg
                assertThat(StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(all, 0), false)
                        .filter(kv -> !kv.key.startsWith(CombineLegsProcessor.INDEX_MARK)).count())
                        .as("legs left in leg-store").isZero();
            }
        }
    }

    private static TopologyTestDriver driver(RoutingSettings routing, ReactionSerdes serdes) {
        TopologySettings settings = new TopologySettings("in.headlines", "in.ticks", "out.reactions", 1, REACTION, routing);
        Properties props = DriverProps.of("fan-out-test", StreamsProperties.errorHandling("dlq"));
        return new TopologyTestDriver(ReactionTopology.build(settings, serdes, new ReactionMetrics()), props);
    }
}
