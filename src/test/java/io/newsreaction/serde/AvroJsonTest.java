package io.newsreaction.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;

class AvroJsonTest {

    @Test
    void shouldRenderSpecificRecordWithPlainValues() {
        ObjectNode json = AvroJson.toNode(SampleRecords.marketReaction());

        assertThat(json.get("publishedAt").asText()).isEqualTo("2025-01-27T14:30:00Z");
        assertThat(json.get("referenceTime").asText()).isEqualTo("2025-01-27T14:29:59Z");
        assertThat(json.get("kind").asText()).isEqualTo("MODEL_RELEASE");
        assertThat(json.get("actor").isNull()).isTrue();
        assertThat(json.get("referencePrice").isDouble()).isTrue();
        assertThat(json.get("referencePrice").asDouble()).isEqualTo(142.62);
        assertThat(json.get("marketModel").get("method").asText()).isEqualTo("MARKET_MODEL");
        assertThat(json.get("marketModel").get("sigma").asDouble()).isEqualTo(0.002);
        JsonNode horizon = json.get("horizons").get(0);
        assertThat(horizon.get("horizon").asText()).isEqualTo("PT30M");
        assertThat(horizon.get("endTime").asText()).isEqualTo("2025-01-27T15:00:00Z");
        assertThat(horizon.get("zScore").asText()).isEqualTo("NaN");
        assertThat(horizon.get("vwap").isNull()).isTrue();
        assertThat(horizon.get("tickCount").asLong()).isEqualTo(42L);
    }

    @Test
    void shouldRenderGenericRecordExactlyLikeTheSpecificOne() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        byte[] payload = new SpecificAvroSerde<>(registry, MarketReaction.class, Map.of(), false)
                .serializer().serialize("r", SampleRecords.marketReaction());
        GenericRecord generic = new GenericAvroSerde(registry, Map.of(), false).deserializer().deserialize("r", payload);

        assertThat(AvroJson.toJson(generic)).isEqualTo(AvroJson.toJson(SampleRecords.marketReaction()));
    }

    @Test
    void shouldRenderMapsBytesAndMultiBranchUnions() {
        Schema schema = SchemaBuilder.record("Misc").fields()
                .name("counts").type().map().values().intType().noDefault()
                .name("blob").type().bytesType().noDefault()
                .name("either").type().unionOf().intType().and().stringType().endUnion().noDefault()
                .name("ratio").type().doubleType().noDefault()
                .name("flags").type().array().items().booleanType().noDefault()
                .endRecord();
        GenericRecord record = new GenericData.Record(schema);
        record.put("counts", Map.of("a", 1));
        record.put("blob", ByteBuffer.wrap(new byte[] {1, 2, 3}));
        record.put("either", "text");
        record.put("ratio", Double.NEGATIVE_INFINITY);
        record.put("flags", List.of(true, false));

        assertThat(AvroJson.toJson(record)).isEqualTo(
                "{\"counts\":{\"a\":1},\"blob\":\"AQID\",\"either\":\"text\",\"ratio\":\"-Infinity\","
                        + "\"flags\":[true,false]}");
    }
}
