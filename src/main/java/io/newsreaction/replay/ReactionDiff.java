package io.newsreaction.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.serde.AvroJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Field-by-field differences of two reactions for people: both rendered with {@link AvroJson},
 * then top-level fields compared, and the {@code horizons} array compared element by element and
 * field by field ({@code horizons[3].price}).
 */
public final class ReactionDiff {
    static final String HORIZONS = "horizons";

    private ReactionDiff() {
    }

    /** One differing field: its path and both JSON values ({@code absent} when a side lacks it). */
    public record FieldDifference(String field, String live, String replay) {
        @Override
        public String toString() {
            return field + ": live " + live + ", replay " + replay;
        }
    }

    /** The differing fields, in schema order; empty when both render the same. */
    public static List<FieldDifference> between(MarketReaction live, MarketReaction replay) {
        ObjectNode a = AvroJson.toNode(live);
        ObjectNode b = AvroJson.toNode(replay);
        List<FieldDifference> out = new ArrayList<>();
        for (String field : fieldNames(a, b)) {
            if (field.equals(HORIZONS)) {
                horizons(a.path(HORIZONS), b.path(HORIZONS), out);
            } else {
                add(out, field, a.path(field), b.path(field));
            }
        }
        return out;
    }

    private static void horizons(JsonNode a, JsonNode b, List<FieldDifference> out) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            JsonNode ha = a.path(i);
            JsonNode hb = b.path(i);
            String prefix = HORIZONS + "[" + i + "]";
            if (ha.isMissingNode() || hb.isMissingNode()) {
                add(out, prefix, ha, hb);
                continue;
            }
            for (String field : fieldNames(ha, hb)) {
                add(out, prefix + "." + field, ha.path(field), hb.path(field));
            }
        }
    }

    private static void add(List<FieldDifference> out, String field, JsonNode a, JsonNode b) {
        if (!a.equals(b)) {
            out.add(new FieldDifference(field, text(a), text(b)));
        }
    }

    private static String text(JsonNode node) {
        return node instanceof MissingNode ? "absent" : node.toString();
    }

    private static Set<String> fieldNames(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        a.properties().forEach(e -> names.add(e.getKey()));
        b.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }
}
