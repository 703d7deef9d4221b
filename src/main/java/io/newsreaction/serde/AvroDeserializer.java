package io.newsreaction.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import io.newsreaction.registry.RegistryClientConfig;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;

/**
 * Reads Confluent-framed Avro: fetches the writer schema by id (cached) and resolves it against
 * the reader schema (the generated class's schema, or the writer schema for generic records), so
 * older and newer compatible writers decode. Every malformed payload raises a
 * {@link SerializationException} saying what is wrong, never the payload.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

    private static final ThreadLocal<BinaryDecoder> DECODERS = new ThreadLocal<>();

    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
    private final Schema readerSchema;
    private final SpecificData specificData;
    private SchemaRegistryClient client;

    /**
     * A deserializer that builds its registry client in {@link #configure}: specific when
     * {@code type} is a generated class, generic otherwise (e.g. {@code GenericRecord.class}).
     */
    public AvroDeserializer(Class<T> type) {
        this(null, type);
    }

    /** A ready deserializer using {@code client}. */
    public AvroDeserializer(SchemaRegistryClient client, Class<T> type) {
        this(client, type, isSpecific(type) ? SpecificData.getForClass(type).getSchema(type) : null);
    }

    private AvroDeserializer(SchemaRegistryClient client, Class<T> type, Schema readerSchema) {
        AvroTrust.install();
        this.client = client;
        this.readerSchema = readerSchema;
        this.specificData = isSpecific(type) ? SpecificData.getForClass(type) : null;
    }

    /** A ready deserializer of generic records resolved to {@code readerSchema} whatever the writer's. */
    public static AvroDeserializer<GenericRecord> generic(SchemaRegistryClient client, Schema readerSchema) {
        return new AvroDeserializer<>(client, GenericRecord.class, readerSchema);
    }

    private static boolean isSpecific(Class<?> type) {
        return SpecificRecord.class.isAssignableFrom(type) && !type.isInterface();
    }

    @Override
    public void configure(Map<String, ?> config, boolean isKey) {
        if (client == null) {
            client = new RestSchemaRegistryClient(RegistryClientConfig.from(config));
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int id = ConfluentWire.schemaId(data);
        DatumReader<T> reader = readers.get(id);
        if (reader == null) {
            reader = newReader(id);
            readers.putIfAbsent(id, reader);
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, ConfluentWire.HEADER_SIZE,
                data.length - ConfluentWire.HEADER_SIZE, DECODERS.get());
        DECODERS.set(decoder);
        T value;
        boolean end;
        try {
            value = reader.read(null, decoder);
            end = decoder.isEnd();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("corrupt Avro body for schema id " + id + ": " + describe(e), e);
        }
        if (!end) {
            throw new SerializationException("corrupt Avro body for schema id " + id + ": "
                    + decoder.remainingBytes() + " trailing bytes after the record");
        }
        return value;
    }

    private DatumReader<T> newReader(int id) {
        if (client == null) {
            throw new IllegalStateException("AvroDeserializer used before configure()");
        }
        Schema writer;
        try {
            writer = client.getById(id);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                throw new SerializationException("unknown schema id " + id, e);
            }
            throw e;
        }
        if (readerSchema == null) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        checkReadable(id, writer);
        return specificData == null ? new GenericDatumReader<>(writer, readerSchema, GenericData.get())
                : new SpecificDatumReader<>(writer, readerSchema, specificData);
    }

    private void checkReadable(int id, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writer);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("writer schema id " + id + " (" + writer.getFullName()
                    + ") cannot be read as " + readerSchema.getFullName() + ": " + incompatibilities(compatibility));
        }
    }

    /**
     * The first incompatibilities on one line, each as type, location and message; Avro's own
     * description prints both schemas in full, some hundred lines for a dead-lettered record.
     */
    static String incompatibilities(SchemaCompatibility.SchemaPairCompatibility compatibility) {
        List<SchemaCompatibility.Incompatibility> all = compatibility.getResult().getIncompatibilities();
        StringBuilder out = new StringBuilder();
        for (SchemaCompatibility.Incompatibility i : all.subList(0, Math.min(3, all.size()))) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(i.getType()).append(" at ").append(i.getLocation()).append(": ").append(i.getMessage());
        }
        if (all.size() > 3) {
            out.append("; and ").append(all.size() - 3).append(" more");
        }
        return out.toString();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
