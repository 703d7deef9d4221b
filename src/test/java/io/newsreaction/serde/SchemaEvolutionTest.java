package io.newsreaction.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;

class SchemaEvolutionTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldReadV2WriterWithV1SpecificReader() {
        registry.preRegister("t-value", Tick.getClassSchema());
        GenericRecord v2 = tickV2("odd-lot");

        byte[] payload = new AvroSerializer<GenericRecord>(registry, Map.of(), false).serialize("t", v2);
        Tick read = new AvroDeserializer<>(registry, Tick.class).deserialize("t", payload);

        assertThat(read).isEqualTo(SampleRecords.tick());
    }

    @Test
    void shouldReadV1WriterWithV2Reader() {
        byte[] payload = new AvroSerializer<Tick>(registry, Map.of(), false).serialize("t", SampleRecords.tick());

        GenericRecord read = AvroDeserializer.generic(registry, SampleRecords.TICK_V2).deserialize("t", payload);

        assertThat(read.getSchema()).isEqualTo(SampleRecords.TICK_V2);
        assertThat(read.get("symbol")).isEqualTo("NVDA");
        assertThat(read.get("price")).isEqualTo(142.62);
        assertThat(read.get("condition")).isNull();
    }

    @Test
    void shouldRefuseToRegisterABackwardIncompatibleSchema() {
        registry.preRegister("t-value", Tick.getClassSchema());
        Schema breaking = SchemaBuilder.record("Tick").namespace("io.newsreaction.avro").fields()
                .requiredString("symbol").requiredString("exchange").endRecord();
        GenericRecord record = new GenericData.Record(breaking);
        record.put("symbol", "NVDA");
        record.put("exchange", "XNAS");
        AvroSerializer<GenericRecord> serializer = new AvroSerializer<>(registry, Map.of(), false);

        assertThatThrownBy(() -> serializer.serialize("t", record))
                .isInstanceOf(SerializationException.class)
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("incompatible with the latest version of subject t-value");
    }

    static GenericRecord tickV2(String condition) {
        GenericRecord v2 = new GenericData.Record(SampleRecords.TICK_V2);
        v2.put("symbol", "NVDA");
        v2.put("ts", SampleRecords.T0.toEpochMilli());
        v2.put("price", 142.62);
        v2.put("size", 300L);
        v2.put("venue", "XNAS");
        v2.put("condition", condition);
        return v2;
    }
}
