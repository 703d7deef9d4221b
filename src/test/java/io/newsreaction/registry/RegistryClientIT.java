package io.newsreaction.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.serde.AvroDeserializer;
import io.newsreaction.serde.AvroSerializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The REST client and the Confluent-framed serdes against the real embedded Apicurio registry
 * (Confluent API under {@code /apis/ccompat/v7}, BACKWARD) and the real embedded broker.
 */
class RegistryClientIT {
    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");

    private final RestSchemaRegistryClient client = RestSchemaRegistryClient.fromConfig(
            Map.of("schema.registry.url", SharedStack.get().schemaRegistryUrl()));

    @Test
    void shouldRegisterOnceLookUpAndRefuseABreakingChange() {
        String subject = SharedStack.unique("registry-it") + "-value";

        int id = client.register(subject, Tick.getClassSchema());

        assertThat(client.register(subject, Tick.getClassSchema())).isEqualTo(id);
        assertThat(client.lookup(subject, Tick.getClassSchema())).isEqualTo(id);
        assertThat(client.getById(id)).isEqualTo(Tick.getClassSchema());
        RegisteredSchema latest = client.getLatest(subject);
        assertThat(latest.id()).isEqualTo(id);
        assertThat(latest.version()).isEqualTo(1);
        assertThat(client.subjects()).contains(subject);

        Schema breaking = SchemaBuilder.record("Tick").namespace("io.newsreaction.avro").fields()
                .requiredString("symbol").requiredString("exchange").endRecord();
        assertThat(client.testCompatibility(subject, breaking)).isFalse();
        assertThatThrownBy(() -> client.register(subject, breaking))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("incompatible with the latest version of subject " + subject);
    }

    @Test
    void shouldCarryRecordsThroughTheBrokerAcrossSchemaVersions() {
        String topic = SharedStack.unique("registry-it-ticks");
        SharedStack.get().kafka().createTopics(List.of(new NewTopic(topic, 1, (short) 1)));
        Tick v1 = TickRecords.of("NVDA").at(T0).price(142.62).size(300).build();
        GenericRecord v2 = tickV2();
        AvroSerializer<Object> serializer = new AvroSerializer<>(client, Map.of(), false);

        produce(topic, List.of(serializer.serialize(topic, v1), serializer.serialize(topic, v2)));
        List<byte[]> values = consume(topic, 2);

        Tick v2ReadAsV1 = new AvroDeserializer<>(client, Tick.class).deserialize(topic, values.get(1));
        assertThat(v2ReadAsV1.getSymbol()).isEqualTo("AMD");
        assertThat(v2ReadAsV1.getPrice()).isEqualTo(120.5);
        GenericRecord v1ReadAsV2 = AvroDeserializer.generic(client, v2.getSchema()).deserialize(topic, values.get(0));
        assertThat(String.valueOf(v1ReadAsV2.get("symbol"))).isEqualTo("NVDA");
        assertThat(v1ReadAsV2.get("condition")).isNull();
        assertThat(new AvroDeserializer<>(client, Tick.class).deserialize(topic, values.get(0))).isEqualTo(v1);
    }

    /** Tick v2: an added optional field, a BACKWARD-compatible change. */
    private static GenericRecord tickV2() {
        Schema v2 = SchemaBuilder.record("Tick").namespace("io.newsreaction.avro").fields()
                .requiredString("symbol")
                .name("ts").type(Tick.getClassSchema().getField("ts").schema()).noDefault()
                .requiredDouble("price")
                .requiredLong("size")
                .optionalString("venue")
                .optionalString("condition")
                .endRecord();
        GenericRecord record = new GenericData.Record(v2);
        record.put("symbol", "AMD");
        record.put("ts", T0.toEpochMilli());
        record.put("price", 120.5);
        record.put("size", 100L);
        record.put("condition", "odd-lot");
        return record;
    }

    private static void produce(String topic, List<byte[]> values) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedStack.get().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            values.forEach(v -> producer.send(new ProducerRecord<>(topic, 0, "k", v)));
            producer.flush();
        }
    }

    private static List<byte[]> consume(String topic, int count) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedStack.get().bootstrapServers());
        List<byte[]> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        assertThat(values).hasSize(count);
        return values;
    }
}
