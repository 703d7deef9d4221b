package io.newsreaction.runtime.http;

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
import org.apache.avro.specific.SpecificData;

/**
 * JSON arrays of {@link MarketReaction}s as the HTTP API serves them ({@link AvroJson}'s rendering:
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

    /** The reactions as one compact JSON array. */
    public static byte[] write(List<MarketReaction> reactions) {
        ArrayNode array = MAPPER.createArrayNode();
        reactions.forEach(r -> array.add(AvroJson.toNode(r)));
        try {
            return MAPPER.writeValueAsBytes(array);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render reactions as JSON", e);
        }
    }

    /**
     * Reactions from a JSON array written by {@link #write}.
     *
     * @throws IllegalArgumentException when the JSON is not such an array
     */
    public static List<MarketReaction> read(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON (" + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of reactions");
        }
        List<MarketReaction> out = new ArrayList<>(root.size());
        for (JsonNode node : root) {
            out.add((MarketReaction) READER.record(MarketReaction.getClassSchema(), node));
        }
        return out;
    }
}
