package io.newsreaction.tail;

import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;
import io.newsreaction.serde.AvroDeserializer;
import io.newsreaction.serde.ConfluentWire;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Decodes keys and values for {@code tail}: Confluent-framed Avro through the registry (read with
 * the writer schema as generic data), anything else, or framed bytes that do not decode, as a
 * UTF-8 string; null stays null. A registry that cannot be reached is an error, not a fallback.
 */
public final class TailDecoder {
    // Object, not GenericRecord: a framed value may have a primitive schema (e.g. a string key).
    private final AvroDeserializer<Object> avro;

    public TailDecoder(SchemaRegistryClient client) {
        this.avro = new AvroDeserializer<>(client, Object.class);
    }

    /** The decoded form of {@code data} read from {@code topic}. */
    public Object decode(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length >= ConfluentWire.HEADER_SIZE && data[0] == ConfluentWire.MAGIC_BYTE) {
            try {
                return avro.deserialize(topic, data);
            } catch (SchemaRegistryException e) {
                throw e;
            } catch (SerializationException e) {
                return text(data);
            }
        }
        return text(data);
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
