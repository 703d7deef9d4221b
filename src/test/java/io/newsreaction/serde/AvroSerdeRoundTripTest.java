package io.newsreaction.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;

class AvroSerdeRoundTripTest {

    private static final String TOPIC = "market.reactions";

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldWriteHeaderThenPlainAvroBodyByteForByte() throws IOException {
        SpecificAvroSerde<Tick> serde = new SpecificAvroSerde<>(registry, Tick.class, Map.of(), false);

        byte[] payload = serde.serializer().serialize("market.ticks", SampleRecords.tick());

        int id = registry.lookup("market.ticks-value", Tick.getClassSchema());
        byte[] expectedBody = plainAvro(SampleRecords.tick());
        assertThat(payload[0]).isEqualTo((byte) 0);
        assertThat(Arrays.copyOfRange(payload, 1, 5)).containsExactly(0, 0, 0, id);
        assertThat(Arrays.copyOfRange(payload, 5, payload.length)).containsExactly(expectedBody);
    }

    @Test
    void shouldRoundTripSpecificKeyAndValueUnderTopicNameSubjects() {
        SpecificAvroSerde<ReactionKey> keySerde = new SpecificAvroSerde<>(registry, ReactionKey.class, Map.of(), true);
        SpecificAvroSerde<MarketReaction> valueSerde =
                new SpecificAvroSerde<>(registry, MarketReaction.class, Map.of(), false);

        byte[] key = keySerde.serializer().serialize(TOPIC, SampleRecords.reactionKey());
        byte[] value = valueSerde.serializer().serialize(TOPIC, SampleRecords.marketReaction());

        assertThat(keySerde.deserializer().deserialize(TOPIC, key)).isEqualTo(SampleRecords.reactionKey());
        assertThat(valueSerde.deserializer().deserialize(TOPIC, value)).isEqualTo(SampleRecords.marketReaction());
        assertThat(registry.subjects()).containsExactly(TOPIC + "-key", TOPIC + "-value");
    }

    @Test
    void shouldRoundTripGenericKeyAndValue() {
        GenericAvroSerde keySerde = new GenericAvroSerde(registry, Map.of(), true);
        GenericAvroSerde valueSerde = new GenericAvroSerde(registry, Map.of(), false);
        GenericRecord key = new GenericData.Record(ReactionKey.getClassSchema());
        key.put("headlineId", "h1");
        key.put("symbol", "AMD");
        GenericRecord tick = new GenericData.Record(Tick.getClassSchema());
        tick.put("symbol", "AMD");
        tick.put("ts", SampleRecords.T0.toEpochMilli());
        tick.put("price", 118.25);
        tick.put("size", 100L);
        tick.put("venue", null);

        GenericRecord keyBack = keySerde.deserializer().deserialize("t", keySerde.serializer().serialize("t", key));
        GenericRecord tickBack = valueSerde.deserializer().deserialize("t", valueSerde.serializer().serialize("t", tick));

        assertThat(keyBack).isEqualTo(key);
        assertThat(tickBack).isEqualTo(tick);
        assertThat(registry.subjects()).containsExactly("t-key", "t-value");
    }

    @Test
    void shouldReadSpecificPayloadAsGenericAndBack() {
        SpecificAvroSerde<Tick> specific = new SpecificAvroSerde<>(registry, Tick.class, Map.of(), false);
        GenericAvroSerde generic = new GenericAvroSerde(registry, Map.of(), false);

        GenericRecord asGeneric = generic.deserializer().deserialize("t",
                specific.serializer().serialize("t", SampleRecords.tick()));
        Tick back = specific.deserializer().deserialize("t", generic.serializer().serialize("t", asGeneric));

        assertThat(asGeneric.get("ts")).isEqualTo(SampleRecords.T0.toEpochMilli());
        assertThat(back).isEqualTo(SampleRecords.tick());
    }

    @Test
    void shouldGiveTheSameSchemaTheSameIdAcrossSubjects() {
        SpecificAvroSerde<Tick> serde = new SpecificAvroSerde<>(registry, Tick.class, Map.of(), false);

        byte[] first = serde.serializer().serialize("a", SampleRecords.tick());
        byte[] second = serde.serializer().serialize("b", SampleRecords.tick());

        assertThat(ConfluentWire.schemaId(first)).isEqualTo(ConfluentWire.schemaId(second));
    }

    @Test
    void shouldMakeNoRegistryCallOnceSchemaAndReaderAreCached() {
        SpecificAvroSerde<Tick> serde = new SpecificAvroSerde<>(registry, Tick.class, Map.of(), false);
        byte[] payload = serde.serializer().serialize("t", SampleRecords.tick());
        serde.deserializer().deserialize("t", payload);
        int calls = registry.totalCalls();

        for (int i = 0; i < 3; i++) {
            serde.deserializer().deserialize("t", serde.serializer().serialize("t", SampleRecords.tick()));
        }

        assertThat(calls).isEqualTo(2);
        assertThat(registry.totalCalls()).isEqualTo(calls);
    }

    @Test
    void shouldMapNullToNullBothWays() {
        SpecificAvroSerde<Tick> serde = new SpecificAvroSerde<>(registry, Tick.class, Map.of(), false);

        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
        assertThat(registry.totalCalls()).isZero();
    }

    private static byte[] plainAvro(Tick tick) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<Tick>(Tick.getClassSchema(), SpecificData.getForClass(Tick.class)).write(tick, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
