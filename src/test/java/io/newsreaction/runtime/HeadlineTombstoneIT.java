package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.topology.ReactionSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A tombstone on {@code news.headlines}, sent by a plain producer (string key, null value, as any
 * client sends one), on a running service: the headline's reactions are tombstoned on the compacted
 * reactions topic, its event is tombstoned, its kind's cohort (left without events) is tombstoned, and the
 * other headline's records stay as they were.
 */
class HeadlineTombstoneIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");

    @Test
    void shouldRetractTheHeadlinesReactionsEventAndCohortOnATombstone() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("headline-tombstone", stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of());
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());

        try (TestApp app = TestApp.start(settings, client)) {
            publish(app, serdes);
            Await.until("reactions of keep and drop final", Duration.ofSeconds(90), () -> reactions(app, serdes).values().stream()
                    .filter(r -> r.getStatus() == ReactionStatus.FINAL).count() == 2);
            app.awaitDrained(Duration.ofSeconds(60));
            Map<ReactionKey, MarketReaction> before = reactions(app, serdes);
            Map<ReactionEventKey, ReactionEvent> eventsBefore = events(app, serdes);
            assertThat(eventsBefore).hasSize(2);
            ReactionEventKey dropEvent = eventsBefore.entrySet().stream()
                    .filter(e -> e.getValue().getHeadlineIds().contains("drop")).findFirst().orElseThrow().getKey();
            CohortKey dropKind = new CohortKey(CohortDimension.KIND, "ANALYST_NOTE");
            assertThat(stats(app, serdes).get(dropKind).getEvents()).isEqualTo(1);

            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(new HashMap<>(app.kafka()),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(settings.topics().headlines(), "drop", null)).get();
            }

            Await.until("reactions of drop tombstoned", Duration.ofSeconds(60),
                    () -> !reactions(app, serdes).containsKey(new ReactionKey("drop", "NVDA")));
            app.awaitDrained(Duration.ofSeconds(60));
            Map<ReactionKey, MarketReaction> after = reactions(app, serdes);
            assertThat(after).containsOnlyKeys(new ReactionKey("keep", "NVDA"));
            assertThat(after.get(new ReactionKey("keep", "NVDA"))).isEqualTo(before.get(new ReactionKey("keep", "NVDA")));
            Map<ReactionEventKey, ReactionEvent> eventsAfter = events(app, serdes);
            assertThat(eventsAfter).doesNotContainKey(dropEvent).hasSize(1);
            assertThat(eventsAfter.values().iterator().next().getHeadlineIds()).containsExactly("keep");
            assertThat(stats(app, serdes)).as("the note's kind cohort, left without events, is tombstoned").doesNotContainKey(dropKind);
            assertThat(stats(app, serdes).get(new CohortKey(CohortDimension.ALL, "*")).getEvents()).isEqualTo(1);
            assertThat(app.metrics().headlinesRetracted()).isEqualTo(1);
        }
    }

    /** NVDA and QQQ ticks around T0; "keep" at T0 and "drop" (another kind) at T0 + 30 s, so each is its own event. */
    private static void publish(TestApp app, ReactionSerdes serdes) throws Exception {
        AppSettings s = app.settings();
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(new HashMap<>(app.kafka()), new StringSerializer(),
                (topic, value) -> value instanceof Tick t ? serdes.tick().serializer().serialize(topic, t)
                        : serdes.headline().serializer().serialize(topic, (Headline) value))) {
            for (Headline h : List.of(Headlines.id("keep").at(T0).kind(HeadlineKind.MODEL_RELEASE).tickers("NVDA").build(),
                    Headlines.id("drop").at(T0.plusSeconds(30)).kind(HeadlineKind.ANALYST_NOTE).tickers("NVDA").build())) {
                producer.send(new ProducerRecord<>(s.topics().headlines(), null, h.getPublishedAt().toEpochMilli(), h.getId(), h));
            }
            for (String offset : List.of("-PT2M", "-PT1M", "PT30S", "PT50S", "PT3M", "PT7M", "PT8M")) {
                Instant at = T0.plus(Duration.parse(offset));
                for (String symbol : List.of("NVDA", "QQQ")) {
                    producer.send(new ProducerRecord<>(s.topics().ticks(), null, at.toEpochMilli(), symbol,
                            TickRecords.of(symbol).at(at).price(symbol.equals("NVDA") ? 120 + offset.length() : 500 - offset.length())
                                    .size(10).build()));
                }
            }
            producer.flush();
        }
    }

    private static Map<ReactionKey, MarketReaction> reactions(TestApp app, ReactionSerdes serdes) {
        return ReactionsReader.latestRecords(app.kafka(), app.settings().topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
    }

    private static Map<ReactionEventKey, ReactionEvent> events(TestApp app, ReactionSerdes serdes) {
        return ReactionsReader.latestRecords(app.kafka(), app.settings().topics().events(),
                serdes.eventKey().deserializer(), serdes.event().deserializer(), Map.of());
    }

    private static Map<CohortKey, CohortStats> stats(TestApp app, ReactionSerdes serdes) {
        return ReactionsReader.latestRecords(app.kafka(), app.settings().topics().stats(),
                serdes.cohortKey().deserializer(), serdes.cohortStats().deserializer(), Map.of());
    }
}
