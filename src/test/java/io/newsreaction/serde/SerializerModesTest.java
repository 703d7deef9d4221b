package io.newsreaction.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;

class SerializerModesTest {

    private static final Map<String, Object> NO_AUTO_REGISTER = Map.of("auto.register.schemas", "false");
    private static final Map<String, Object> USE_LATEST =
            Map.of("auto.register.schemas", false, "use.latest.version", true);

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldFailWhenSchemaIsNotRegisteredAndAutoRegisterIsOff() {
        AvroSerializer<Tick> serializer = new AvroSerializer<>(registry, NO_AUTO_REGISTER, false);

        assertThatThrownBy(() -> serializer.serialize("t", SampleRecords.tick()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("subject t-value not found");
        assertThat(registry.registerCalls()).isZero();
    }

    @Test
    void shouldLookUpTheRegisteredIdWhenAutoRegisterIsOff() {
        int id = registry.preRegister("t-value", Tick.getClassSchema());
        AvroSerializer<Tick> serializer = new AvroSerializer<>(registry, NO_AUTO_REGISTER, false);

        byte[] first = serializer.serialize("t", SampleRecords.tick());
        serializer.serialize("t", SampleRecords.tick());

        assertThat(ConfluentWire.schemaId(first)).isEqualTo(id);
        assertThat(registry.lookupCalls()).isEqualTo(1);
        assertThat(registry.registerCalls()).isZero();
    }

    @Test
    void shouldAcceptSchemaRegistryPrefixedSerdeKeys() {
        AvroSerializer<Tick> serializer = new AvroSerializer<>(registry,
                Map.of("schema.registry.auto.register.schemas", "false"), false);

        assertThatThrownBy(() -> serializer.serialize("t", SampleRecords.tick()))
                .isInstanceOf(SchemaRegistryException.class);
    }

    @Test
    void shouldWriteWithTheLatestSchemaAndItsIdWhenUseLatestVersionIsOn() {
        registry.preRegister("t-value", Tick.getClassSchema());
        int v2Id = registry.preRegister("t-value", SampleRecords.TICK_V2);
        AvroSerializer<Tick> serializer = new AvroSerializer<>(registry, USE_LATEST, false);

        byte[] payload = serializer.serialize("t", SampleRecords.tick());
        serializer.serialize("t", SampleRecords.tick());
        GenericRecord written = new AvroDeserializer<>(registry, GenericRecord.class).deserialize("t", payload);

        assertThat(ConfluentWire.schemaId(payload)).isEqualTo(v2Id);
        assertThat(written.getSchema()).isEqualTo(SampleRecords.TICK_V2);
        assertThat(written.get("venue")).isEqualTo("XNAS");
        assertThat(written.get("condition")).isNull();
        assertThat(registry.getLatestCalls()).isEqualTo(1);
        assertThat(new AvroDeserializer<>(registry, Tick.class).deserialize("t", payload))
                .isEqualTo(SampleRecords.tick());
    }

    @Test
    void shouldUseTheLatestIdDirectlyWhenItIsTheRecordSchema() {
        int id = registry.preRegister("t-value", Tick.getClassSchema());

        byte[] payload = new AvroSerializer<Tick>(registry, USE_LATEST, false).serialize("t", SampleRecords.tick());

        assertThat(ConfluentWire.schemaId(payload)).isEqualTo(id);
        assertThat(registry.lookupCalls()).isZero();
    }

    @Test
    void shouldRefuseALatestSchemaThatCannotRepresentTheRecord() {
        registry.setCompatibility("t-value", "NONE");
        Schema other = SchemaBuilder.record("Tick").namespace("io.newsreaction.avro").fields()
                .requiredString("symbol").requiredString("exchange").endRecord();
        registry.preRegister("t-value", other);
        AvroSerializer<Tick> serializer = new AvroSerializer<>(registry, USE_LATEST, false);

        assertThatThrownBy(() -> serializer.serialize("t", SampleRecords.tick()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("latest schema of subject t-value (id 1, version 1) cannot represent "
                        + "records of io.newsreaction.avro.Tick");
    }

    @Test
    void shouldRegisterWhenAutoRegisterIsOnEvenWithUseLatestVersion() {
        registry.preRegister("t-value", SampleRecords.TICK_V2);
        Map<String, Object> both = Map.of("use.latest.version", "true");

        byte[] payload = new AvroSerializer<Tick>(registry, both, false).serialize("t", SampleRecords.tick());

        assertThat(ConfluentWire.schemaId(payload)).isEqualTo(registry.lookup("t-value", Tick.getClassSchema()));
        assertThat(registry.getLatestCalls()).isZero();
    }

    @Test
    void shouldRejectNonAvroValues() {
        AvroSerializer<Object> serializer = new AvroSerializer<>(registry, Map.of(), false);

        assertThatThrownBy(() -> serializer.serialize("t", "plain string"))
                .isInstanceOf(SerializationException.class)
                .hasMessage("cannot serialize java.lang.String for topic t: not an Avro record");
    }

    @Test
    void shouldRejectARecordMissingARequiredField() {
        Tick broken = SampleRecords.tick();
        broken.setSymbol(null);
        AvroSerializer<Tick> serializer = new AvroSerializer<>(registry, Map.of(), false);

        assertThatThrownBy(() -> serializer.serialize("t", broken))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot serialize io.newsreaction.avro.Tick for topic t with schema id 1");
    }
}
