package io.newsreaction.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Byte layouts of the stage-1 store keys. Timestamps are written big-endian with the sign bit
 * flipped, so the stores' byte order is time order.
 *
 * <ul>
 *   <li>price history: {@code symbol 0x00 ts seq} — seq is the tick's offset in its partition,
 *       so equal timestamps keep input order;</li>
 *   <li>pending legs: {@code due symbol 0x00 headlineId} — a range scan up to tick time finds
 *       every leg whose next horizon is due.</li>
 * </ul>
 */
final class Keys {
    private static final byte SEPARATOR = 0;

    private Keys() {
    }

    static Bytes tick(String symbol, long ts, long seq) {
        byte[] sym = symbol.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(sym.length + 17)
                .put(sym).put(SEPARATOR).putLong(ts ^ Long.MIN_VALUE).putLong(seq).array());
    }

    /** Smallest tick key of {@code symbol} at {@code ts}. */
    static Bytes tickFloor(String symbol, long ts) {
        return tick(symbol, ts, 0L);
    }

    /** Greatest tick key of {@code symbol} at {@code ts}. */
    static Bytes tickCeiling(String symbol, long ts) {
        return tick(symbol, ts, -1L);
    }

    static long tickTs(Bytes key) {
        byte[] k = key.get();
        return ByteBuffer.wrap(k, k.length - 16, 8).getLong() ^ Long.MIN_VALUE;
    }

    static byte[] tickValue(double price, long size) {
        return ByteBuffer.allocate(16).putDouble(price).putLong(size).array();
    }

    static double tickPrice(byte[] value) {
        return ByteBuffer.wrap(value).getDouble(0);
    }

    static long tickSize(byte[] value) {
        return ByteBuffer.wrap(value).getLong(8);
    }

    static Bytes pending(long due, String symbol, String headlineId) {
        byte[] sym = symbol.getBytes(StandardCharsets.UTF_8);
        byte[] id = headlineId.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(8 + sym.length + 1 + id.length)
                .putLong(due ^ Long.MIN_VALUE).put(sym).put(SEPARATOR).put(id).array());
    }

    static long pendingDue(Bytes key) {
        return ByteBuffer.wrap(key.get(), 0, 8).getLong() ^ Long.MIN_VALUE;
    }

    /** Exclusive upper bound of every pending key due at or before {@code due}. */
    static Bytes pendingUpTo(long due) {
        return Bytes.wrap(ByteBuffer.allocate(8).putLong((due + 1) ^ Long.MIN_VALUE).array());
    }

    static Bytes pendingFrom() {
        return Bytes.wrap(new byte[8]);
    }
}
