package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.RawRecords;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.SwitchableProxy;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.serde.AvroSerializer;
import io.newsreaction.topology.ReactionSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * The registry goes away mid-run (a proxy in front of it answers 503): records with schema ids the
 * service has seen keep flowing from its caches; a record with an unseen id is neither lost nor
 * dead-lettered but read again once the registry is back.
 */
class RegistryOutageIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");
    private static final Schema TICK_V2 = new Schema.Parser().parse(io.newsreaction.avro.Tick.getClassSchema().toString()
            .replace("\"default\":null}]", "\"default\":null},{\"name\":\"condition\",\"type\":[\"null\",\"string\"],\"default\":null}]"));

    @Test
    void shouldKeepProcessingFromCachedSchemasAndRetryUnseenOnesWhenTheRegistryIsDown() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        try (SwitchableProxy proxy = SwitchableProxy.start(stack.schemaRegistryUrl())) {
            AppSettings settings = TestApp.settings("outage", stack.bootstrapServers(), proxy.url(),
                    Map.of("schema.registry.max.retries", "0"));
            SchemaRegistryClient direct = RestSchemaRegistryClient.fromConfig(Map.of("schema.registry.url", stack.schemaRegistryUrl()));
            ReactionSerdes writer = ReactionService.serdes(direct, Map.of());
            String ticks = settings.topics().ticks();
            try (TestApp app = TestApp.start(settings, ReactionService.registryClient(settings))) {
                send(app, writer, ticks, List.of("-PT1M", "PT30S", "PT3M"), "h1", "PT0S");
                Await.until("first revision of h1", Duration.ofSeconds(90), () -> reaction(app, writer, "h1").isPresent());

                proxy.down(true);
                send(app, writer, ticks, List.of("PT5M", "PT7M"), "h2", "PT4M");
                Await.until("h1 FINAL and h2 while the registry is down", Duration.ofSeconds(90),
                        () -> status(app, writer, "h1") == ReactionStatus.FINAL && reaction(app, writer, "h2").isPresent());
                assertThat(proxy.refused()).as("registry calls during steady state").isZero();

                RawRecords.send(app.kafka(), List.of(tickV2(direct, ticks, "NVDA"), tickV2(direct, ticks, "QQQ")));
                Await.until("the service to hit the registry outage", Duration.ofSeconds(60), () -> proxy.refused() > 0);
                long firstRefusals = proxy.refused();
                // the stream thread is replaced and reads the tick again: a retry, not a dead letter
                Await.until("the service to retry the unseen schema", Duration.ofSeconds(180),
                        () -> proxy.refused() > firstRefusals);
                assertThat(status(app, writer, "h2")).isEqualTo(ReactionStatus.PROVISIONAL);
                assertThat(deadLetters(app)).isZero();

                proxy.down(false);
                Await.until("h2 FINAL after the registry is back", Duration.ofSeconds(120),
                        () -> status(app, writer, "h2") == ReactionStatus.FINAL);
                assertThat(deadLetters(app)).isZero();
                assertThat(app.app().awaitRunning(Duration.ofSeconds(60))).isTrue();
                assertThat(app.app().failed()).isFalse();
                assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
    }

    /** Ticks of NVDA and its benchmark QQQ at the offsets from T0, and one headline on NVDA. */
    private static void send(TestApp app, ReactionSerdes serdes, String ticks, List<String> offsets, String headlineId, String headlineAt) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        Instant published = T0.plus(Duration.parse(headlineAt));
        String headlines = app.settings().topics().headlines();
        records.add(DeadLetterQueueIT.record(headlines, headlineId, serdes.headline().serializer().serialize(headlines,
                Headlines.id(headlineId).at(published).tickers("NVDA").build()), published, new RecordHeaders()));
        for (String offset : offsets) {
            Instant at = T0.plus(Duration.parse(offset));
            for (String symbol : List.of("NVDA", "QQQ")) {
                byte[] value = serdes.tick().serializer().serialize(ticks, TickRecords.of(symbol).at(at).price(100).size(1).build());
                records.add(DeadLetterQueueIT.record(ticks, symbol, value, at, new RecordHeaders()));
            }
        }
        RawRecords.send(app.kafka(), records);
    }

    /** A tick written with a newer schema the service has never seen (registered directly, not via the proxy). */
    private static ProducerRecord<byte[], byte[]> tickV2(SchemaRegistryClient direct, String ticks, String symbol) {
        Instant at = T0.plus(Duration.ofMinutes(11));
        GenericRecord tick = new GenericData.Record(TICK_V2);
        tick.put("symbol", symbol);
        tick.put("ts", at.toEpochMilli());
        tick.put("price", 101.0);
        tick.put("size", 1L);
        tick.put("condition", "regular");
        byte[] value = new AvroSerializer<GenericRecord>(direct, Map.of(), false).serialize(ticks, tick);
        return DeadLetterQueueIT.record(ticks, symbol, value, at, new RecordHeaders());
    }

    private static Optional<MarketReaction> reaction(TestApp app, ReactionSerdes serdes, String headlineId) {
        return ReactionsReader.latestPerKey(app.kafka(), app.settings().topics().reactions(), serdes.reactionKey().deserializer(),
                serdes.reaction().deserializer(), Map.of()).stream().filter(r -> r.getHeadlineId().equals(headlineId)).findFirst();
    }

    private static ReactionStatus status(TestApp app, ReactionSerdes serdes, String headlineId) {
        return reaction(app, serdes, headlineId).map(MarketReaction::getStatus).orElse(null);
    }

    private static int deadLetters(TestApp app) {
        return RawRecords.readAll(app.kafka(), app.settings().topics().dlq(), IsolationLevel.READ_COMMITTED).size();
    }
}
