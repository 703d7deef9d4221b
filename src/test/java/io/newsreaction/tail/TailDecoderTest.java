package io.newsreaction.tail;

import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.ConfluentFrames;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;
import io.newsreaction.serde.SpecificAvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TailDecoderTest {
    private static final String TOPIC = "ticks";
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final TailDecoder decoder = new TailDecoder(registry);

    private byte[] framedTick() {
        Tick tick = Tick.newBuilder().setSymbol("NVDA").setTs(Instant.parse("2025-01-27T14:30:00Z"))
                .setPrice(142.62).setSize(100).setVenue(null).build();
        return new SpecificAvroSerde<>(registry, Tick.class, Map.of(), false).serializer().serialize(TOPIC, tick);
    }

    @Test
    void shouldDecodeFramedAvroAsGenericRecord() {
        Object decoded = decoder.decode(TOPIC, framedTick());

        assertThat(decoded).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) decoded).get("symbol").toString()).isEqualTo("NVDA");
    }

    @Test
    void shouldDecodeEventAndCohortKeysAndValues() {
        ReactionEventKey key = new ReactionEventKey("NVDA", Instant.parse("2025-01-27T14:30:00Z"), EventPrecision.INTRADAY);
        ReactionEvent event = ReactionEvent.newBuilder().setSymbol("NVDA").setWindowStart(key.getWindowStart())
                .setPrecision(EventPrecision.INTRADAY).setHeadlineIds(List.of("a", "b")).setLeadHeadlineId("a")
                .setLeadTitle("lead").setHeadlineCount(2).setKinds(List.of("MEDIA")).setActors(List.of())
                .setSources(List.of("Benzinga")).setEntities(List.of()).setPreEventNews(0).setHorizons(List.of()).build();
        CohortKey cohort = new CohortKey(CohortDimension.KIND, "MEDIA");
        String events = "market.reaction-events";

        Object decodedKey = decoder.decode(events, new SpecificAvroSerde<>(registry, ReactionEventKey.class, Map.of(), true)
                .serializer().serialize(events, key));
        Object decodedEvent = decoder.decode(events, new SpecificAvroSerde<>(registry, ReactionEvent.class, Map.of(), false)
                .serializer().serialize(events, event));
        Object decodedCohort = decoder.decode("market.reaction-stats", new SpecificAvroSerde<>(registry, CohortKey.class, Map.of(), true)
                .serializer().serialize("market.reaction-stats", cohort));

        assertThat(((GenericRecord) decodedKey).get("symbol").toString()).isEqualTo("NVDA");
        assertThat(((GenericRecord) decodedEvent).get("leadHeadlineId").toString()).isEqualTo("a");
        assertThat(((GenericRecord) decodedEvent).get("headlineCount")).isEqualTo(2);
        assertThat(((GenericRecord) decodedCohort).get("dimension").toString()).isEqualTo("KIND");
    }

    @Test
    void shouldFallBackToUtf8ForPlainBytesAndUnknownSchemaIds() {
        assertThat(decoder.decode(TOPIC, "NVDA".getBytes(StandardCharsets.UTF_8))).isEqualTo("NVDA");
        assertThat(decoder.decode(TOPIC, ConfluentFrames.frame(999, new byte[] {2, 65}))).isInstanceOf(String.class);
        assertThat(decoder.decode(TOPIC, null)).isNull();
    }

    @Test
    void shouldFailWhenTheRegistryCannotBeReached() {
        SchemaRegistryClient down = RestSchemaRegistryClient.fromConfig(Map.of(
                "schema.registry.url", "http://127.0.0.1:1", "schema.registry.max.retries", "0"));

        assertThatThrownBy(() -> new TailDecoder(down).decode(TOPIC, framedTick()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("cannot reach schema registry");
    }
}
