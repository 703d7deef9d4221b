package io.newsreaction.serde;

import java.util.Map;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.newsreaction.registry.RegistryClientConfig;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;

/**
 * Serde for Avro values of one Java type in the Confluent wire format; serializer and deserializer
 * share one registry client. Configured by Kafka (a REST client is then built from the config) or
 * handed a client.
 *
 * @param <T> the record type: a generated class or {@link org.apache.avro.generic.GenericRecord}
 */
public abstract class AvroSerde<T> implements Serde<T> {

    private final Class<T> type;
    private SchemaRegistryClient client;
    private AvroSerializer<T> serializer;
    private AvroDeserializer<T> deserializer;

    /** A serde to {@link #configure} before use. */
    protected AvroSerde(Class<T> type) {
        this.type = type;
    }

    /** A ready serde using {@code client}. */
    protected AvroSerde(Class<T> type, SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
        this.type = type;
        this.client = client;
        configure(config, isKey);
    }

    @Override
    public final void configure(Map<String, ?> config, boolean isKey) {
        if (client == null) {
            client = new RestSchemaRegistryClient(RegistryClientConfig.from(config));
        }
        serializer = new AvroSerializer<>(client, config, isKey);
        deserializer = new AvroDeserializer<>(client, type);
    }

    @Override
    public final Serializer<T> serializer() {
        return requireConfigured(serializer);
    }

    @Override
    public final Deserializer<T> deserializer() {
        return requireConfigured(deserializer);
    }

    /** The registry client shared by the serializer and the deserializer. */
    public final SchemaRegistryClient client() {
        return client;
    }

    private <S> S requireConfigured(S part) {
        if (part == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " used before configure()");
        }
        return part;
    }
}
