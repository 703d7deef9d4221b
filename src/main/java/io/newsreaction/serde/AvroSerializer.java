package io.newsreaction.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsreaction.registry.RegisteredSchema;
import io.newsreaction.registry.RegistryClientConfig;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;

/**
 * Serializes specific (generated) and generic Avro records in the Confluent wire format, under
 * the {@code TopicNameStrategy} subject. As in Confluent's serializer: {@code auto.register.schemas}
 * (default true) registers the record's schema; otherwise {@code use.latest.version} writes with
 * the subject's latest schema, else the record's schema must already be registered. Schema ids and
 * datum writers are cached per subject and schema, so steady state makes no registry call.
 */
public class AvroSerializer<T> implements Serializer<T> {

    private static final Logger log = LoggerFactory.getLogger(AvroSerializer.class);

    private final Map<String, Map<Schema, AvroWriter>> writers = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private boolean isKey;
    private boolean autoRegister = true;
    private boolean useLatest;

    /** A serializer that builds its registry client in {@link #configure}. */
    public AvroSerializer() {
    }

    /** A serializer that uses {@code client}; still call {@link #configure} for the subject role and modes. */
    public AvroSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    /** A ready serializer. */
    public AvroSerializer(SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
        this(client);
        configure(config, isKey);
    }

    @Override
    public void configure(Map<String, ?> config, boolean isKey) {
        RegistryClientConfig settings = RegistryClientConfig.from(config);
        this.isKey = isKey;
        this.autoRegister = settings.autoRegisterSchemas();
        this.useLatest = settings.useLatestVersion();
        if (autoRegister && useLatest) {
            log.info("{} is ignored because {}=true (as in Confluent's serializer)",
                    RegistryClientConfig.USE_LATEST_VERSION, RegistryClientConfig.AUTO_REGISTER_SCHEMAS);
        }
        if (client == null) {
            client = new RestSchemaRegistryClient(settings);
        }
        writers.clear();
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof GenericContainer)) {
            throw new SerializationException("cannot serialize " + data.getClass().getName()
                    + " for topic " + topic + ": not an Avro record");
        }
        if (client == null) {
            throw new IllegalStateException("AvroSerializer used before configure()");
        }
        String subject = ConfluentWire.subject(topic, isKey);
        Schema schema = ((GenericContainer) data).getSchema();
        Map<Schema, AvroWriter> bySchema = writers.computeIfAbsent(subject, ignored -> new ConcurrentHashMap<>());
        AvroWriter writer = bySchema.get(schema);
        if (writer == null) {
            writer = newWriter(subject, schema, data);
            bySchema.putIfAbsent(schema, writer);
        }
        return writer.write(data, topic);
    }

    private AvroWriter newWriter(String subject, Schema schema, Object sample) {
        if (autoRegister) {
            return AvroWriter.direct(client.register(subject, schema), schema, sample);
        }
        if (!useLatest) {
            return AvroWriter.direct(client.lookup(subject, schema), schema, sample);
        }
        RegisteredSchema latest = client.getLatest(subject);
        if (latest.schema().equals(schema)) {
            return AvroWriter.direct(latest.id(), schema, sample);
        }
        return AvroWriter.converting(latest, schema, sample);
    }
}
