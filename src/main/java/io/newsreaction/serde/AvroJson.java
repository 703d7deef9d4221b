package io.newsreaction.serde;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders Avro records (specific or generic) as plain JSON for people and tools: Avro field names,
 * {@code timestamp-millis} as ISO-8601 UTC, unions unwrapped, enums as strings, NaN and
 * infinities as strings, bytes and fixed as base64.
 */
public final class AvroJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    /** The record as a JSON object. */
    public static ObjectNode toNode(IndexedRecord record) {
        GenericData model = record instanceof SpecificRecord
                ? SpecificData.getForClass(record.getClass()) : GenericData.get();
        return recordNode(record, model);
    }

    /** The record as one line of compact JSON. */
    public static String toJson(IndexedRecord record) {
        try {
            return MAPPER.writeValueAsString(toNode(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + record.getSchema().getFullName() + " as JSON", e);
        }
    }

    private static ObjectNode recordNode(IndexedRecord record, GenericData model) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(field.schema(), record.get(field.pos()), model));
        }
        return node;
    }

    private static JsonNode value(Schema schema, Object value, GenericData model) {
        if (value == null) {
            return NODES.nullNode();
        }
        switch (schema.getType()) {
            case UNION:
                return value(schema.getTypes().get(model.resolveUnion(schema, value)), value, model);
            case RECORD:
                return recordNode((IndexedRecord) value, model);
            case ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (Object item : (Collection<?>) value) {
                    array.add(value(schema.getElementType(), item, model));
                }
                return array;
            case MAP:
                ObjectNode map = NODES.objectNode();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    map.set(entry.getKey().toString(), value(schema.getValueType(), entry.getValue(), model));
                }
                return map;
            default:
                return scalar(schema, value);
        }
    }

    private static JsonNode scalar(Schema schema, Object value) {
        LogicalType logical = schema.getLogicalType();
        String logicalName = logical == null ? "" : logical.getName();
        if (value instanceof Instant) {
            return NODES.textNode(value.toString());
        }
        if (logicalName.equals("timestamp-millis") && value instanceof Long) {
            return NODES.textNode(Instant.ofEpochMilli((Long) value).toString());
        }
        if (logicalName.equals("date") && value instanceof Integer) {
            return NODES.textNode(LocalDate.ofEpochDay((Integer) value).toString());
        }
        switch (schema.getType()) {
            case BOOLEAN:
                return NODES.booleanNode((Boolean) value);
            case INT:
                return NODES.numberNode(((Number) value).intValue());
            case LONG:
                return NODES.numberNode(((Number) value).longValue());
            case FLOAT:
                float single = ((Number) value).floatValue();
                return Float.isFinite(single) ? NODES.numberNode(single) : NODES.textNode(Float.toString(single));
            case DOUBLE:
                double number = ((Number) value).doubleValue();
                return Double.isFinite(number) ? NODES.numberNode(number) : NODES.textNode(Double.toString(number));
            case BYTES:
                ByteBuffer buffer = ((ByteBuffer) value).duplicate();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
            case FIXED:
                return NODES.textNode(Base64.getEncoder().encodeToString(((GenericFixed) value).bytes()));
            default:
                return NODES.textNode(value.toString()); // string, enum, and logical types rendered by toString
        }
    }
}
