package io.newsreaction.serde;

import java.util.Map;

import org.apache.avro.generic.GenericRecord;

import io.newsreaction.registry.SchemaRegistryClient;

/** Serde for generic Avro records in the Confluent wire format, read with their writer schema. */
public class GenericAvroSerde extends AvroSerde<GenericRecord> {

    /** A serde to {@link #configure} before use (it then builds a REST client from the config). */
    public GenericAvroSerde() {
        super(GenericRecord.class);
    }

    /** A ready serde using {@code client}. */
    public GenericAvroSerde(SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
        super(GenericRecord.class, client, config, isKey);
    }
}
