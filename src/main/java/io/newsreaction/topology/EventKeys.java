package io.newsreaction.topology;

import io.newsreaction.avro.EventPrecision;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Byte layout of {@code events-store} keys: {@code symbol 0x00 windowStart precision}, the window
 * start big-endian with the sign bit flipped, so one symbol's events are stored in window order and
 * a range scan finds the events of a time span.
 */
final class EventKeys {
    private static final byte SEPARATOR = 0;

    private EventKeys() {
    }

    static Bytes event(String symbol, long windowStart, EventPrecision precision) {
        return of(symbol, windowStart, (byte) precision.ordinal());
    }

    /** Lowest key of the symbol's events starting at or after {@code windowStart}. */
    static Bytes from(String symbol, long windowStart) {
        return of(symbol, windowStart, (byte) 0);
    }

    /** Highest key of the symbol's events starting at or before {@code windowStart}. */
    static Bytes to(String symbol, long windowStart) {
        return of(symbol, windowStart, Byte.MAX_VALUE);
    }

    static long windowStart(Bytes key) {
        byte[] k = key.get();
        return ByteBuffer.wrap(k, k.length - 9, 8).getLong() ^ Long.MIN_VALUE;
    }

    static EventPrecision precision(Bytes key) {
        byte[] k = key.get();
        return EventPrecision.values()[k[k.length - 1]];
    }

    /**
     * Whether a stored {@code EventState} has at least one member, read from its encoding alone:
     * {@code members} is the record's first field, and an Avro array starts with its first block's
     * item count, a zig-zag varint that is the single byte 0 exactly when the array is empty.
     */
    static boolean hasMembers(byte[] encodedState) {
        return encodedState.length > 0 && encodedState[0] != 0;
    }

    private static Bytes of(String symbol, long windowStart, byte precision) {
        byte[] sym = symbol.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(sym.length + 10)
                .put(sym).put(SEPARATOR).putLong(windowStart ^ Long.MIN_VALUE).put(precision).array());
    }
}
