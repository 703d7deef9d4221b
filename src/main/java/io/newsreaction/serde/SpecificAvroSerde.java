package io.newsreaction.serde;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;

import io.newsreaction.registry.SchemaRegistryClient;

/** Serde for one generated Avro class in the Confluent wire format. */
public class SpecificAvroSerde<T extends SpecificRecord> extends AvroSerde<T> {

    /** A serde to {@link #configure} before use (it then builds a REST client from the config). */
    public SpecificAvroSerde(Class<T> type) {
        super(type);
    }

    /** A ready serde using {@code client}. */
    public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type, Map<String, ?> config, boolean isKey) {
        super(type, client, config, isKey);
    }
}
