package io.newsreaction.query.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Conversion;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;

/**
 * Reads the plain JSON that {@link io.newsreaction.serde.AvroJson} writes back into specific
 * records: unions unwrapped (the first non-null branch that fits), enums as strings,
 * {@code timestamp-millis} as ISO-8601, non-finite doubles as strings. Only what the read API's
 * records need: no maps, bytes or fixed.
 */
final class AvroJsonReader {
    private final SpecificData model;

    AvroJsonReader(SpecificData model) {
        this.model = model;
    }

    /** The record of {@code schema} held by {@code node}. */
    IndexedRecord record(Schema schema, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(schema.getName() + " must be a JSON object");
        }
        IndexedRecord record = (IndexedRecord) model.newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode value = node.get(field.name());
            try {
                record.put(field.pos(), value(field.schema(), value));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(schema.getName() + "." + field.name() + ": " + e.getMessage(), e);
            }
        }
        return record;
    }

    private Object value(Schema schema, JsonNode node) {
        boolean absent = node == null || node.isNull();
        switch (schema.getType()) {
            case NULL:
                return null;
            case UNION:
                return absent ? null : value(nonNullBranch(schema), node);
            default:
                if (absent) {
                    throw new IllegalArgumentException("missing value of type " + schema.getType());
                }
                return present(schema, node);
        }
    }

    private Object present(Schema schema, JsonNode node) {
        switch (schema.getType()) {
            case RECORD:
                return record(schema, node);
            case ARRAY:
                List<Object> items = new ArrayList<>();
                node.forEach(item -> items.add(value(schema.getElementType(), item)));
                return items;
            case ENUM:
                return model.createEnum(node.asText(), schema);
            case STRING:
                return node.asText();
            case BOOLEAN:
                return node.asBoolean();
            case INT:
                return node.asInt();
            case LONG:
                return longValue(schema, node);
            case FLOAT:
                return (float) doubleValue(node);
            case DOUBLE:
                return doubleValue(node);
            default:
                throw new IllegalArgumentException("unsupported type " + schema.getType());
        }
    }

    private Object longValue(Schema schema, JsonNode node) {
        LogicalType logical = schema.getLogicalType();
        if (logical == null || !logical.getName().equals("timestamp-millis")) {
            return node.asLong();
        }
        Instant instant;
        try {
            instant = node.isNumber() ? Instant.ofEpochMilli(node.asLong()) : Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 instant: " + node.asText(), e);
        }
        Conversion<?> conversion = model.getConversionFor(logical);
        return conversion != null && conversion.getConvertedType() == Instant.class ? instant : instant.toEpochMilli();
    }

    private static double doubleValue(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asText());
    }

    private static Schema nonNullBranch(Schema union) {
        for (Schema branch : union.getTypes()) {
            if (branch.getType() != Schema.Type.NULL) {
                return branch;
            }
        }
        throw new IllegalArgumentException("union without a non-null branch: " + union);
    }
}
