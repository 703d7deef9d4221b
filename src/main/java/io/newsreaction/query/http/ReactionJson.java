package io.newsreaction.query.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.serde.AvroJson;
import io.newsreaction.serde.AvroTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * JSON arrays of {@link MarketReaction}s, events and cohort statistics as the HTTP API serves them ({@link AvroJson}'s rendering:
 * Avro field names, ISO-8601 UTC timestamps, unions unwrapped, enums as strings), and the way back,
 * for merging the answers of peer instances.
 */
public final class ReactionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AvroJsonReader READER;

    static {
        AvroTrust.install();
        READER = new AvroJsonReader(SpecificData.getForClass(MarketReaction.class));
    }

    private ReactionJson() {
    }

    /** The records (reactions, events, cohort statistics) as one compact JSON array. */
    public static byte[] write(List<? extends SpecificRecord> records) {
        ArrayNode array = MAPPER.createArrayNode();
        records.forEach(r -> array.add(AvroJson.toNode(r)));
        try {
            return MAPPER.writeValueAsBytes(array);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render records as JSON", e);
        }
    }

    /**
     * Reactions from a JSON array written by {@link #write}.
     *
     * @throws IllegalArgumentException when the JSON is not such an array
     */
    public static List<MarketReaction> read(byte[] json) {
        return read(json, MarketReaction.class, MarketReaction.getClassSchema());
    }

    /**
     * Records of {@code type} (with Avro schema {@code schema}) from a JSON array written by {@link #write}.
     *
     * @throws IllegalArgumentException when the JSON is not such an array
     */
    public static <T extends SpecificRecord> List<T> read(byte[] json, Class<T> type, Schema schema) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON (" + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of " + schema.getName() + " records");
        }
        List<T> out = new ArrayList<>(root.size());
        for (JsonNode node : root) {
            out.add(type.cast(READER.record(schema, node)));
        }
        return out;
    }
}
