package io.newsreaction.reliability;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.ConfluentFrames;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.TickRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Deterministic (seeded) hostile values for one input topic: random bytes, truncated Confluent
 * frames, unknown schema ids, wrong magic bytes, valid Avro of the wrong schema, empty and null
 * values, JSON, and well-formed records that fail validation. None of them may decode into a
 * usable record.
 */
final class HostilePayloads {
    /** Share of each kind in a batch, in tenths of a percent (sums to 1000). */
    enum Kind {
        RANDOM_BYTES(150), TRUNCATED_FRAME(150), UNKNOWN_SCHEMA_ID(50), WRONG_MAGIC_BYTE(150), WRONG_SCHEMA(100),
        EMPTY_VALUE(100), NULL_VALUE(50), JSON(100), INVALID_RECORD(150);

        final int perMille;

        Kind(int perMille) {
            this.perMille = perMille;
        }
    }

    /** One hostile value and what it is. */
    record Payload(Kind kind, byte[] value) {
    }

    private static final Instant T = Instant.parse("2025-01-27T15:00:00Z");

    private final Random random;
    private final boolean ticks;
    private final Function<Object, byte[]> ownFrame;
    private final List<byte[]> foreignFrames;

    /**
     * @param ownFrame      serializes a record of this topic's own type (Tick or Headline) to a valid frame
     * @param foreignFrames valid frames of other schemas (already registered)
     */
    HostilePayloads(long seed, boolean ticks, Function<Object, byte[]> ownFrame, List<byte[]> foreignFrames) {
        this.random = new Random(seed);
        this.ticks = ticks;
        this.ownFrame = ownFrame;
        this.foreignFrames = List.copyOf(foreignFrames);
    }

    List<Payload> generate(int count) {
        List<Payload> out = new ArrayList<>(count);
        for (Kind kind : Kind.values()) {
            int n = count * kind.perMille / 1000;
            for (int i = 0; i < n; i++) {
                out.add(new Payload(kind, value(kind, i)));
            }
        }
        while (out.size() < count) {
            out.add(new Payload(Kind.RANDOM_BYTES, value(Kind.RANDOM_BYTES, out.size())));
        }
        return out;
    }

    private byte[] value(Kind kind, int i) {
        return switch (kind) {
            case RANDOM_BYTES -> randomBytes();
            case TRUNCATED_FRAME -> truncated();
            case UNKNOWN_SCHEMA_ID -> ConfluentFrames.frame(1_000_000 + random.nextInt(1_000_000), bytes(1 + random.nextInt(20)));
            case WRONG_MAGIC_BYTE -> wrongMagic();
            case WRONG_SCHEMA -> foreignFrames.get(random.nextInt(foreignFrames.size()));
            case EMPTY_VALUE -> new byte[0];
            case NULL_VALUE -> null;
            case JSON -> json(i).getBytes(StandardCharsets.UTF_8);
            case INVALID_RECORD -> ownFrame.apply(ticks ? invalidTick(i) : invalidHeadline(i));
        };
    }

    private byte[] randomBytes() {
        byte[] b = bytes(1 + random.nextInt(64));
        b[0] = (byte) (1 + random.nextInt(255)); // never the magic byte, so never a (lucky) frame
        return b;
    }

    private byte[] truncated() {
        byte[] frame = ownFrame.apply(ticks ? validTick() : validHeadline());
        return Arrays.copyOf(frame, 1 + random.nextInt(frame.length - 1));
    }

    private byte[] wrongMagic() {
        byte[] frame = ownFrame.apply(ticks ? validTick() : validHeadline()).clone();
        frame[0] = (byte) (1 + random.nextInt(255));
        return frame;
    }

    private Tick validTick() {
        return TickRecords.of("NVDA").at(T.plusMillis(random.nextInt(1_000_000))).price(100 + random.nextDouble()).size(1).build();
    }

    private Headline validHeadline() {
        return Headlines.id("fuzz-" + random.nextInt(1000)).at(T).tickers("NVDA").build();
    }

    private Tick invalidTick(int i) {
        return switch (i % 5) {
            case 0 -> TickRecords.of("NVDA").at(T).price(-random.nextDouble()).build();
            case 1 -> TickRecords.of("NVDA").at(T).price(Double.NaN).build();
            case 2 -> TickRecords.of("NVDA").at(T).size(-1 - random.nextInt(100)).build();
            case 3 -> TickRecords.of("NVDA").at(Instant.ofEpochMilli(-random.nextInt(1000))).build();
            default -> TickRecords.of(" ").at(T).build();
        };
    }

    private Headline invalidHeadline(int i) {
        return switch (i % 3) {
            case 0 -> Headlines.id("").at(T).tickers("NVDA").build();
            case 1 -> Headlines.id("fuzz-" + i).at(T).title("").tickers("NVDA").build();
            default -> Headlines.id("fuzz-" + i).at(Instant.EPOCH).tickers("NVDA").build();
        };
    }

    private String json(int i) {
        return ticks ? "{\"symbol\":\"NVDA\",\"ts\":" + T.toEpochMilli() + ",\"price\":" + (100 + i) + ",\"size\":1}"
                : "{\"id\":\"j" + i + "\",\"title\":\"DeepSeek\",\"tickers\":[\"NVDA\"]}";
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
