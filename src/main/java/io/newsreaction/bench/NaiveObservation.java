package io.newsreaction.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** One tick joined to one headline in the naive baseline, with a compact binary serde. */
record NaiveObservation(String headlineId, long publishedAt, long ts, double price, long size) {

    static Serde<NaiveObservation> serde() {
        return Serdes.serdeFrom((topic, o) -> o == null ? null : encode(o), (topic, b) -> b == null ? null : decode(b));
    }

    private static byte[] encode(NaiveObservation o) {
        byte[] id = o.headlineId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + id.length + 32).putInt(id.length).put(id)
                .putLong(o.publishedAt).putLong(o.ts).putDouble(o.price).putLong(o.size).array();
    }

    private static NaiveObservation decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] id = new byte[in.getInt()];
        in.get(id);
        return new NaiveObservation(new String(id, StandardCharsets.UTF_8), in.getLong(), in.getLong(), in.getDouble(), in.getLong());
    }
}
