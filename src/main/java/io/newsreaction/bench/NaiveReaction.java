package io.newsreaction.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The naive baseline's aggregate for one (headline, symbol): reference price (last tick before
 * {@code t0}), the last price at or before each wall-clock horizon end, volume and tick count over
 * {@code [t0, t0 + longest horizon]}. Mutable, as DSL aggregators usually are.
 */
final class NaiveReaction {
    static final List<Duration> HORIZONS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofMinutes(390));
    private static final int N = HORIZONS.size();

    private String headlineId = "";
    private long publishedAt;
    private long refTs = Long.MIN_VALUE;
    private double refPrice = Double.NaN;
    private final long[] horizonTs = new long[N];
    private final double[] horizonPrice = new double[N];
    private long volume;
    private long count;

    NaiveReaction() {
        java.util.Arrays.fill(horizonTs, Long.MIN_VALUE);
        java.util.Arrays.fill(horizonPrice, Double.NaN);
    }

    NaiveReaction add(NaiveObservation o) {
        headlineId = o.headlineId();
        publishedAt = o.publishedAt();
        if (o.ts() < publishedAt) {
            if (o.ts() >= refTs) {
                refTs = o.ts();
                refPrice = o.price();
            }
            return this;
        }
        for (int i = 0; i < N; i++) {
            long end = publishedAt + HORIZONS.get(i).toMillis();
            if (o.ts() <= end && o.ts() >= horizonTs[i]) {
                horizonTs[i] = o.ts();
                horizonPrice[i] = o.price();
            }
        }
        if (o.ts() <= publishedAt + HORIZONS.get(N - 1).toMillis()) {
            volume += o.size();
            count++;
        }
        return this;
    }

    /** One text line: headline, reference and the log return per horizon (NaN without a price). */
    String describe() {
        StringBuilder line = new StringBuilder(headlineId).append(" ref=").append(refPrice);
        for (int i = 0; i < N; i++) {
            double price = Double.isNaN(horizonPrice[i]) ? refPrice : horizonPrice[i];
            line.append(' ').append(HORIZONS.get(i)).append('=')
                    .append(String.format(Locale.ROOT, "%.6f", Math.log(price / refPrice)));
        }
        return line.append(" volume=").append(volume).append(" ticks=").append(count).toString();
    }

    static Serde<NaiveReaction> serde() {
        return Serdes.serdeFrom((topic, r) -> r == null ? null : r.encode(), (topic, b) -> b == null ? null : decode(b));
    }

    private byte[] encode() {
        byte[] id = headlineId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(4 + id.length + 8 * 5 + 16 * N)
                .putInt(id.length).put(id).putLong(publishedAt).putLong(refTs).putDouble(refPrice);
        for (int i = 0; i < N; i++) {
            out.putLong(horizonTs[i]).putDouble(horizonPrice[i]);
        }
        return out.putLong(volume).putLong(count).array();
    }

    private static NaiveReaction decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        NaiveReaction r = new NaiveReaction();
        byte[] id = new byte[in.getInt()];
        in.get(id);
        r.headlineId = new String(id, StandardCharsets.UTF_8);
        r.publishedAt = in.getLong();
        r.refTs = in.getLong();
        r.refPrice = in.getDouble();
        for (int i = 0; i < N; i++) {
            r.horizonTs[i] = in.getLong();
            r.horizonPrice[i] = in.getDouble();
        }
        r.volume = in.getLong();
        r.count = in.getLong();
        return r;
    }
}
