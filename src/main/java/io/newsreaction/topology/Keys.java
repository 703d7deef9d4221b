package io.newsreaction.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Byte layouts of the pending-leg keys (the price history's are in {@link PriceHistoryChunks}).
 * Timestamps are written big-endian with the sign bit flipped, so the stores' byte order is time
 * order.
 *
 * <ul>
 *   <li>pending legs: {@code firstDue symbol 0x00 headlineId} — a leg is written once, when its
 *       request arrives with a horizon still to come, and deleted with its last revision; its next
 *       revision follows from tick time, so it is never stored;</li>
 *   <li>due index (memory only): {@code due symbol 0x00 headlineId 0x00 firstDue} — a range up to
 *       tick time finds every leg whose next horizon is due.</li>
 * </ul>
 *
 * <p>Public for {@link #pending} alone, with which the bench sizes a pending leg.
 */
public final class Keys {
    private static final byte SEPARATOR = 0;

    private Keys() {
    }

    /** The store key of a pending leg: the due time of its first revision, then symbol and headline id. */
    public static Bytes pending(long firstDue, String symbol, String headlineId) {
        byte[] sym = symbol.getBytes(StandardCharsets.UTF_8);
        byte[] id = headlineId.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(8 + sym.length + 1 + id.length)
                .putLong(firstDue ^ Long.MIN_VALUE).put(sym).put(SEPARATOR).put(id).array());
    }

    /**
     * The due-index key of a pending leg: its next due time, symbol and headline id (the order legs
     * are computed in), then its store key's first due time, which keeps two legs of one headline id
     * and symbol apart (a changed headline with another publication time).
     */
    static Bytes due(long due, String symbol, String headlineId, long firstDue) {
        byte[] sym = symbol.getBytes(StandardCharsets.UTF_8);
        byte[] id = headlineId.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(8 + sym.length + 1 + id.length + 1 + 8)
                .putLong(due ^ Long.MIN_VALUE).put(sym).put(SEPARATOR).put(id).put(SEPARATOR)
                .putLong(firstDue ^ Long.MIN_VALUE).array());
    }

    /** The due time of a due-index key. */
    static long dueOf(Bytes key) {
        return ByteBuffer.wrap(key.get(), 0, 8).getLong() ^ Long.MIN_VALUE;
    }

    /** Exclusive upper bound of every due-index key due at or before {@code due}. */
    static Bytes dueUpTo(long due) {
        return Bytes.wrap(ByteBuffer.allocate(8).putLong((due + 1) ^ Long.MIN_VALUE).array());
    }
}
