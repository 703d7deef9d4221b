package io.newsreaction.serde;

import java.io.ByteArrayOutputStream;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent wire format framing: magic byte {@code 0x00}, the schema id as 4 bytes big-endian,
 * then the Avro binary body.
 */
public final class ConfluentWire {

    /** First byte of every framed payload. */
    public static final byte MAGIC_BYTE = 0x00;
    /** Bytes before the Avro body: magic byte and schema id. */
    public static final int HEADER_SIZE = 5;

    private ConfluentWire() {
    }

    /** Writes the 5-byte header for {@code schemaId}. */
    public static void writeHeader(ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /**
     * Checks the header of a non-null payload and returns its schema id.
     *
     * @throws SerializationException when the payload is shorter than the header or the magic byte is wrong
     */
    public static int schemaId(byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new SerializationException("payload of " + payload.length
                    + " bytes is shorter than the 5-byte Confluent header");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format("unknown magic byte 0x%02x, expected 0x00",
                    payload[0] & 0xff));
        }
        return ((payload[1] & 0xff) << 24) | ((payload[2] & 0xff) << 16)
                | ((payload[3] & 0xff) << 8) | (payload[4] & 0xff);
    }

    /** The Confluent {@code TopicNameStrategy} subject: {@code <topic>-key} or {@code <topic>-value}. */
    public static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
