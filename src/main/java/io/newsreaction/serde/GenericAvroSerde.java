package io.newsreaction.serde;

import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.newsreaction.registry.RegistryClientConfig;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;

/** Serde for generic Avro records in the Confluent wire format, read with their writer schema. */
public class GenericAvroSerde implements Serde<GenericRecord> {

    private SchemaRegistryClient client;
    private AvroSerializer<GenericRecord> serializer;
    private AvroDeserializer<GenericRecord> deserializer;

    /** A serde to {@link #configure} before use (it then builds a REST client from the config). */
    public GenericAvroSerde() {
    }

    /** A ready serde using {@code client}. */
    public GenericAvroSerde(SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
        this.client = client;
        configure(config, isKey);
    }

    @Override
    public void configure(Map<String, ?> config, boolean isKey) {
        if (client == null) {
            client = new RestSchemaRegistryClient(RegistryClientConfig.from(config));
        }
        serializer = new AvroSerializer<>(client, config, isKey);
        deserializer = new AvroDeserializer<>(client, GenericRecord.class);
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        if (serializer == null) {
            throw new IllegalStateException("GenericAvroSerde used before configure()");
        }
        return serializer;
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        if (deserializer == null) {
            throw new IllegalStateException("GenericAvroSerde used before configure()");
        }
        return deserializer;
    }

    /** The registry client shared by the serializer and the deserializer. */
    public SchemaRegistryClient client() {
        return client;
    }
}
