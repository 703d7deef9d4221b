package io.newsreaction.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary (no registry framing) for the topology's internal topics and stores: their
 * schema is fixed by the application version, so a registry round trip would only add latency.
 */
public final class InternalAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final Schema schema;
    private final DatumWriter<T> writer;
    private final SpecificDatumReader<T> reader;

    public InternalAvroSerde(Class<T> type) {
        AvroTrust.install();
        this.schema = SpecificData.get().getSchema(type);
        this.writer = AvroBinary.specificWriter(schema, SpecificData.get());
        this.reader = new SpecificDatumReader<>(schema);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> data == null ? null : encode(data);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    private byte[] encode(T data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            AvroBinary.encode(writer, data, out);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private T decode(byte[] bytes) {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("corrupt internal " + schema.getName() + " record: " + e.getMessage(), e);
        }
    }
}
