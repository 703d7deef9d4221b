package io.newsreaction.tail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsreaction.serde.AvroJson;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;

/**
 * Renders {@link TailedRecord}s. JSON: {@code {"topic","partition","offset","timestamp","key","value"}}
 * with the timestamp as ISO-8601 UTC and Avro keys and values as {@link AvroJson} renders them.
 * Table: one line per record, the value's top-level fields as {@code name=value}, cut to fit.
 */
public final class TailFormatter {
    static final int VALUE_WIDTH = 160;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ROW = "%-4s %-9s %-24s %-18s %s";

    private final TailFormat format;

    public TailFormatter(TailFormat format) {
        this.format = format;
    }

    /** The line to print before the first record, if any. */
    public List<String> header() {
        if (format == TailFormat.JSON) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, ROW, "PART", "OFFSET", "TIMESTAMP", "KEY", "VALUE").strip());
    }

    /** The line printed for {@code record}. */
    public String line(TailedRecord record) {
        return format == TailFormat.JSON ? json(record) : row(record);
    }

    static String json(TailedRecord record) {
        ObjectNode node = NODES.objectNode();
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        node.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        node.set("key", toNode(record.key()));
        node.set("value", toNode(record.value()));
        return write(node);
    }

    static String row(TailedRecord record) {
        String key = text(toNode(record.key()));
        String line = String.format(Locale.ROOT, ROW, record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), key, cut(fields(toNode(record.value()))));
        return line.strip();
    }

    /** The JSON form of a decoded key or value. */
    static JsonNode toNode(Object decoded) {
        if (decoded == null) {
            return NODES.nullNode();
        }
        if (decoded instanceof IndexedRecord record) {
            return AvroJson.toNode(record);
        }
        if (decoded instanceof Long || decoded instanceof Integer) {
            return NODES.numberNode(((Number) decoded).longValue());
        }
        if (decoded instanceof Double || decoded instanceof Float) {
            return NODES.numberNode(((Number) decoded).doubleValue());
        }
        if (decoded instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (decoded instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        return NODES.textNode(decoded.toString());
    }

    private static String fields(JsonNode value) {
        if (!value.isObject()) {
            return text(value);
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            parts.add(field.getKey() + "=" + text(field.getValue()));
        }
        return String.join(" ", parts);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : write(node);
    }

    private static String cut(String text) {
        return text.length() <= VALUE_WIDTH ? text : text.substring(0, VALUE_WIDTH - 1) + "…";
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a record as JSON", e);
        }
    }
}
