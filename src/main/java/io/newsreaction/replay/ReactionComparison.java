package io.newsreaction.replay;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.client.ReactionsReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Compares the final record per key of a replay with the live topic's. Two records are identical
 * when their Avro binary encodings under the same schema (this build's {@code MarketReaction}) are
 * equal: the value has no wall-clock field, so a faithful replay reproduces it byte for byte.
 */
public final class ReactionComparison {
    private static final SpecificDatumWriter<MarketReaction> WRITER = new SpecificDatumWriter<>(MarketReaction.class);

    private ReactionComparison() {
    }

    /** Two records of one key that are not byte-equal, with their differing fields. */
    public record Difference(MarketReaction live, MarketReaction replay, List<ReactionDiff.FieldDifference> fields) {
    }

    /** The outcome; every list in headline-time order. */
    public record Result(int identical, List<Difference> different, List<MarketReaction> onlyLive,
            List<MarketReaction> onlyReplay) {

        public boolean allIdentical() {
            return different.isEmpty() && onlyLive.isEmpty() && onlyReplay.isEmpty();
        }

        /** {@code N identical, M different, K only in live, J only in replay}. */
        public String summary() {
            return String.format(Locale.ROOT, "%d identical, %d different, %d only in live, %d only in replay",
                    identical, different.size(), onlyLive.size(), onlyReplay.size());
        }

        /** The summary, then up to {@code limit} entries of each kind of mismatch. */
        public String render(int limit) {
            StringBuilder out = new StringBuilder(summary()).append('\n');
            different.stream().limit(limit).forEach(d -> {
                out.append("  different: ").append(describe(d.live())).append('\n');
                d.fields().forEach(f -> out.append("    ").append(f).append('\n'));
            });
            onlyLive.stream().limit(limit).forEach(r -> out.append("  only in live: ").append(describe(r)).append('\n'));
            onlyReplay.stream().limit(limit).forEach(r -> out.append("  only in replay: ").append(describe(r)).append('\n'));
            return out.toString();
        }
    }

    /** Compares two latest-per-key sets (each with at most one record per headline and symbol). */
    public static Result compare(Collection<MarketReaction> live, Collection<MarketReaction> replay) {
        Map<List<String>, MarketReaction> remaining = byKey(replay);
        int identical = 0;
        List<Difference> different = new ArrayList<>();
        List<MarketReaction> onlyLive = new ArrayList<>();
        for (MarketReaction l : sorted(live)) {
            MarketReaction r = remaining.remove(key(l));
            if (r == null) {
                onlyLive.add(l);
            } else if (Arrays.equals(encode(l), encode(r))) {
                identical++;
            } else {
                different.add(new Difference(l, r, fieldsOrBinary(l, r)));
            }
        }
        return new Result(identical, different, onlyLive, sorted(remaining.values()));
    }

    /** Avro binary encoding of {@code reaction} (no registry prefix). */
    static byte[] encode(MarketReaction reaction) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        try {
            WRITER.write(reaction, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode reaction " + key(reaction), e);
        }
        return bytes.toByteArray();
    }

    private static List<ReactionDiff.FieldDifference> fieldsOrBinary(MarketReaction live, MarketReaction replay) {
        List<ReactionDiff.FieldDifference> fields = ReactionDiff.between(live, replay);
        if (fields.isEmpty()) {
            return List.of(new ReactionDiff.FieldDifference("(binary)", "bytes differ", "while the JSON renderings agree"));
        }
        return fields;
    }

    private static Map<List<String>, MarketReaction> byKey(Collection<MarketReaction> reactions) {
        Map<List<String>, MarketReaction> out = new LinkedHashMap<>();
        reactions.forEach(r -> out.put(key(r), r));
        return out;
    }

    private static List<MarketReaction> sorted(Collection<MarketReaction> reactions) {
        List<MarketReaction> out = new ArrayList<>(reactions);
        out.sort(ReactionsReader.BY_HEADLINE_TIME);
        return out;
    }

    private static List<String> key(MarketReaction r) {
        return List.of(r.getHeadlineId(), r.getSymbol());
    }

    static String describe(MarketReaction r) {
        return r.getHeadlineId() + " / " + r.getSymbol() + " (published " + r.getPublishedAt() + ", " + r.getStatus()
                + " rev " + r.getRevision() + ")";
    }
}
