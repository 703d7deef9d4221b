package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.RawRecords;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.serde.AvroSerializer;
import io.newsreaction.topology.ReactionSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * Writers on other schema versions than the service's, against the real registry (BACKWARD): a
 * newer Headline (an added optional field and an added enum symbol) and an older Tick (no
 * {@code venue}) are read by the running service; a breaking Tick is refused with a clear message.
 */
class SchemaEvolutionIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");
    /** Headline plus an optional {@code sentiment} and the {@code RUMOR} kind. */
    static final Schema HEADLINE_NEWER = new Schema.Parser().parse(Headline.getClassSchema().toString()
            .replace("\"OTHER\"]", "\"OTHER\",\"RUMOR\"]")
            .replaceFirst("]}$", ",{\"name\":\"sentiment\",\"type\":[\"null\",\"double\"],\"default\":null}]}"));
    /** Tick as first drafted, before {@code venue}. */
    static final Schema TICK_OLDER = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Tick\",\"namespace\":"
            + "\"io.newsreaction.avro\",\"fields\":[{\"name\":\"symbol\",\"type\":\"string\"},{\"name\":\"ts\",\"type\":"
            + "{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"price\",\"type\":\"double\"},"
            + "{\"name\":\"size\",\"type\":\"long\"}]}");
    /** Tick with {@code price} as a string: not readable by the current reader. */
    static final Schema TICK_BREAKING = new Schema.Parser().parse(TICK_OLDER.toString()
            .replace("{\"name\":\"price\",\"type\":\"double\"}", "{\"name\":\"price\",\"type\":\"string\"}"));

    @Test
    void shouldReadNewerAndOlderWritersAndRefuseABreakingOne() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("evolution", stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of());
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        String ticks = settings.topics().ticks();
        String headlines = settings.topics().headlines();
        client.register(headlines + "-value", Headline.getClassSchema());
        client.register(ticks + "-value", Tick.getClassSchema());
        AvroSerializer<GenericRecord> generic = new AvroSerializer<>(client, Map.of(), false);

        try (TestApp app = TestApp.start(settings, client)) {
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            records.add(DeadLetterQueueIT.record(headlines, "h-new", generic.serialize(headlines, newerHeadline()), T0,
                    new RecordHeaders()));
            for (String offset : List.of("-PT1M", "PT30S", "PT3M", "PT7M")) {
                Instant at = T0.plus(Duration.parse(offset));
                records.add(DeadLetterQueueIT.record(ticks, "NVDA", generic.serialize(ticks, olderTick("NVDA", at)), at,
                        new RecordHeaders()));
                Tick qqq = Tick.newBuilder().setSymbol("QQQ").setTs(at).setPrice(500).setSize(1).setVenue("XNAS").build();
                records.add(DeadLetterQueueIT.record(ticks, "QQQ", serdes.tick().serializer().serialize(ticks, qqq), at,
                        new RecordHeaders()));
            }
            RawRecords.send(app.kafka(), records);

            Await.until("the FINAL reaction to the newer headline", Duration.ofSeconds(90), () -> finalReaction(app, serdes) != null);
            MarketReaction reaction = finalReaction(app, serdes);
            assertThat(reaction.getKind()).isEqualTo(HeadlineKind.OTHER);
            assertThat(reaction.getTitle()).isEqualTo("DeepSeek rumour");
            assertThat(reaction.getReferencePrice()).isEqualTo(120.0);
            assertThat(reaction.getHorizons().get(1).getPrice()).isEqualTo(123.0);
            assertThat(RawRecords.readAll(app.kafka(), settings.topics().dlq(), IsolationLevel.READ_COMMITTED)).isEmpty();
        }

        GenericRecord breaking = new GenericData.Record(TICK_BREAKING);
        breaking.put("symbol", "NVDA");
        breaking.put("ts", T0.toEpochMilli());
        breaking.put("price", "one hundred");
        breaking.put("size", 1L);
        assertThatThrownBy(() -> generic.serialize(ticks, breaking))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("schema is incompatible with the latest version of subject " + ticks + "-value (registry: ")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(409));
    }

    private static GenericRecord newerHeadline() {
        GenericRecord h = new GenericData.Record(HEADLINE_NEWER);
        h.put("id", "h-new");
        h.put("publishedAt", T0.toEpochMilli());
        h.put("timePrecision", new GenericData.EnumSymbol(HEADLINE_NEWER.getField("timePrecision").schema(), "SECOND"));
        h.put("source", "wire");
        h.put("kind", new GenericData.EnumSymbol(HEADLINE_NEWER.getField("kind").schema(), "RUMOR"));
        h.put("title", "DeepSeek rumour");
        h.put("tickers", List.of("NVDA"));
        h.put("entities", List.of());
        h.put("sentiment", -0.8);
        return h;
    }

    private static GenericRecord olderTick(String symbol, Instant at) {
        GenericRecord t = new GenericData.Record(TICK_OLDER);
        t.put("symbol", symbol);
        t.put("ts", at.toEpochMilli());
        t.put("price", at.isBefore(T0) ? 120.0 : 123.0);
        t.put("size", 1L);
        return t;
    }

    private static MarketReaction finalReaction(TestApp app, ReactionSerdes serdes) {
        return ReactionsReader.latestPerKey(app.kafka(), app.settings().topics().reactions(), serdes.reactionKey().deserializer(),
                serdes.reaction().deserializer(), Map.of()).stream()
                .filter(r -> r.getHeadlineId().equals("h-new") && r.getStatus() == ReactionStatus.FINAL)
                .findFirst().orElse(null);
    }
}
