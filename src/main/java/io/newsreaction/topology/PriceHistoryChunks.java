package io.newsreaction.topology;

import java.nio.ByteBuffer;
import org.apache.kafka.common.utils.Bytes;

/**
 * Reads {@code price-history-store} entries for the query side (the dashboard's {@code /prices}):
 * the symbol of a chunk key and the ticks of a chunk, in the layout {@link PriceHistoryState}
 * writes, so that layout stays known in one package.
 */
public final class PriceHistoryChunks {
    private static final int TICK_BYTES = 24;

    /** Receives one stored tick. */
    @FunctionalInterface
    public interface TickVisitor {
        void tick(long ts, double price, long size);
    }

    private PriceHistoryChunks() {
    }

    /** The symbol a chunk key belongs to. */
    public static String symbol(Bytes key) {
        return Keys.chunkSymbol(key);
    }

    /** Calls {@code visitor} for each tick of a stored chunk, in arrival order. */
    public static void forEachTick(byte[] chunk, TickVisitor visitor) {
        ByteBuffer buffer = ByteBuffer.wrap(chunk);
        while (buffer.remaining() >= TICK_BYTES) {
            visitor.tick(buffer.getLong(), buffer.getDouble(), buffer.getLong());
        }
    }
}
