package io.newsreaction.serde;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.newsreaction.registry.RegistryClientConfig;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;

/** Serde for one generated Avro class in the Confluent wire format; serializer and deserializer share a client. */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private SchemaRegistryClient client;
    private AvroSerializer<T> serializer;
    private AvroDeserializer<T> deserializer;

    /** A serde to {@link #configure} before use (it then builds a REST client from the config). */
    public SpecificAvroSerde(Class<T> type) {
        this.type = type;
    }

    /** A ready serde using {@code client}. */
    public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type, Map<String, ?> config, boolean isKey) {
        this.type = type;
        this.client = client;
        configure(config, isKey);
    }

    @Override
    public void configure(Map<String, ?> config, boolean isKey) {
        if (client == null) {
            client = new RestSchemaRegistryClient(RegistryClientConfig.from(config));
        }
        serializer = new AvroSerializer<>(client, config, isKey);
        deserializer = new AvroDeserializer<>(client, type);
    }

    @Override
    public Serializer<T> serializer() {
        return requireConfigured(serializer);
    }

    @Override
    public Deserializer<T> deserializer() {
        return requireConfigured(deserializer);
    }

    /** The registry client shared by the serializer and the deserializer. */
    public SchemaRegistryClient client() {
        return client;
    }

    private static <S> S requireConfigured(S part) {
        if (part == null) {
            throw new IllegalStateException("SpecificAvroSerde used before configure()");
        }
        return part;
    }
}
