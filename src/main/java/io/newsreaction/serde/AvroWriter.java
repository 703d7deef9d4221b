package io.newsreaction.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

import io.newsreaction.registry.RegisteredSchema;

/**
 * Writes records of one schema under one registered id. When the id's schema differs from the
 * record's (use.latest.version), records are first resolved into the registered schema.
 */
final class AvroWriter {

    private final int id;
    private final Schema recordSchema;
    private final DatumWriter<Object> writer;
    private final DatumReader<Object> converter;
    private final DatumWriter<Object> registeredWriter;

    private AvroWriter(int id, Schema recordSchema, DatumWriter<Object> writer,
            DatumReader<Object> converter, DatumWriter<Object> registeredWriter) {
        this.id = id;
        this.recordSchema = recordSchema;
        this.writer = writer;
        this.converter = converter;
        this.registeredWriter = registeredWriter;
    }

    /** Writes records with their own schema, registered as {@code id}. */
    static AvroWriter direct(int id, Schema schema, Object sample) {
        return new AvroWriter(id, schema, datumWriter(schema, sample), null, null);
    }

    /** Writes records of {@code schema} as {@code registered}, which must be able to read them. */
    static AvroWriter converting(RegisteredSchema registered, Schema schema, Object sample) {
        SchemaCompatibility.SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(registered.schema(), schema);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("latest schema of subject " + registered.subject() + " (id "
                    + registered.id() + ", version " + registered.version() + ") cannot represent records of "
                    + schema.getFullName() + ": " + compatibility.getDescription());
        }
        return new AvroWriter(registered.id(), schema, datumWriter(schema, sample),
                new GenericDatumReader<>(schema, registered.schema(), GenericData.get()),
                AvroBinary.genericWriter(registered.schema()));
    }

    byte[] write(Object data, String topic) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            ConfluentWire.writeHeader(out, id);
            if (converter == null) {
                encode(writer, data, out);
            } else {
                ByteArrayOutputStream own = new ByteArrayOutputStream(256);
                encode(writer, data, own);
                byte[] bytes = own.toByteArray();
                BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
                encode(registeredWriter, converter.read(null, decoder), out);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot serialize " + recordSchema.getFullName() + " for topic "
                    + topic + " with schema id " + id + ": " + e, e);
        }
    }

    private static void encode(DatumWriter<Object> writer, Object data, ByteArrayOutputStream out)
            throws IOException {
        AvroBinary.encode(writer, data, out);
    }

    private static DatumWriter<Object> datumWriter(Schema schema, Object sample) {
        if (sample instanceof SpecificRecord) {
            return AvroBinary.specificWriter(schema, SpecificData.getForClass(sample.getClass()));
        }
        return AvroBinary.genericWriter(schema);
    }
}
