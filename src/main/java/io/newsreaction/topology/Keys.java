package io.newsreaction.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Byte layouts of the stage-1 store keys. Timestamps are written big-endian with the sign bit
 * flipped, so the stores' byte order is time order.
 *
 * <ul>
 *   <li>price history: {@code symbol 0x00 chunk} — the symbol's chunks of ticks in arrival order
 *       (chunk numbers count up from 0, so a scan replays them in order); see
 *       {@link PriceHistoryState};</li>
 *   <li>pending legs: {@code due symbol 0x00 headlineId} — a range scan up to tick time finds
 *       every leg whose next horizon is due.</li>
 * </ul>
 */
final class Keys {
    private static final byte SEPARATOR = 0;

    private Keys() {
    }

    static Bytes chunk(String symbol, long number) {
        byte[] sym = symbol.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(sym.length + 9).put(sym).put(SEPARATOR).putLong(number).array());
    }

    static String chunkSymbol(Bytes key) {
        byte[] k = key.get();
        return new String(k, 0, k.length - 9, StandardCharsets.UTF_8);
    }

    static long chunkNumber(Bytes key) {
        byte[] k = key.get();
        return ByteBuffer.wrap(k, k.length - 8, 8).getLong();
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
}
