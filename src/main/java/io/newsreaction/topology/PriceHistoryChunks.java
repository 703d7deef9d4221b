package io.newsreaction.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;

/**
 * The byte layout of {@code price-history-store}, written by {@link PriceHistoryState} and read by
 * the query side (the dashboard's {@code /prices}), so it stays known in one place.
 *
 * <ul>
 *   <li>chunk key: its number, 8 bytes big-endian (numbers count up from 0, so a scan replays the
 *       chunks in arrival order);</li>
 *   <li>chunk value: the number of symbols (2 bytes), each symbol as length (2 bytes) and UTF-8,
 *       then per tick in arrival order the symbol's index (2 bytes), timestamp, price and size
 *       (8 bytes each);</li>
 *   <li>clock: key {@code 0x00}, value tick time and purge cutoff (8 bytes each).</li>
 * </ul>
 */
public final class PriceHistoryChunks {
    static final Bytes CLOCK_KEY = Bytes.wrap(new byte[] {0});
    private static final int TICK_BYTES = Short.BYTES + 3 * Long.BYTES;

    /** Receives one stored tick. */
    @FunctionalInterface
    public interface TickVisitor {
        void tick(String symbol, long ts, double price, long size);
    }

    private PriceHistoryChunks() {
    }

    static Bytes chunkKey(long number) {
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(number).array());
    }

    static long number(Bytes key) {
        return ByteBuffer.wrap(key.get()).getLong();
    }

    /** True for a chunk's key, false for the clock's. */
    public static boolean isChunk(Bytes key) {
        return key.get().length == Long.BYTES;
    }

    /** Calls {@code visitor} for each tick of a stored chunk, in arrival order; the clock entry has none. */
    public static void forEachTick(Bytes key, byte[] value, TickVisitor visitor) {
        if (!isChunk(key)) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(value);
        String[] names = new String[buffer.getShort()];
        for (int i = 0; i < names.length; i++) {
            byte[] name = new byte[buffer.getShort()];
            buffer.get(name);
            names[i] = new String(name, StandardCharsets.UTF_8);
        }
        while (buffer.remaining() >= TICK_BYTES) {
            String symbol = names[buffer.getShort()];
            visitor.tick(symbol, buffer.getLong(), buffer.getDouble(), buffer.getLong());
        }
    }

    /** The open chunk: ticks of any symbols in arrival order, encoded when it is written. */
    static final class Writer {
        private final Map<String, Short> index = new HashMap<>();
        private final List<byte[]> names = new ArrayList<>();
        private final short[] symbols;
        private final long[] times;
        private final double[] prices;
        private final long[] sizes;
        private int nameBytes;
        private int count;

        Writer(int capacity) {
            if (capacity > Short.MAX_VALUE) {
                throw new IllegalArgumentException("a chunk holds at most " + Short.MAX_VALUE + " ticks: " + capacity);
            }
            symbols = new short[capacity];
            times = new long[capacity];
            prices = new double[capacity];
            sizes = new long[capacity];
        }

        void add(String symbol, long ts, double price, long size) {
            Short at = index.get(symbol);
            if (at == null) {
                byte[] name = symbol.getBytes(StandardCharsets.UTF_8);
                at = (short) names.size();
                index.put(symbol, at);
                names.add(name);
                nameBytes += Short.BYTES + name.length;
            }
            symbols[count] = at;
            times[count] = ts;
            prices[count] = price;
            sizes[count] = size;
            count++;
        }

        int size() {
            return count;
        }

        byte[] encode() {
            ByteBuffer buffer = ByteBuffer.allocate(Short.BYTES + nameBytes + count * TICK_BYTES);
            buffer.putShort((short) names.size());
            for (byte[] name : names) {
                buffer.putShort((short) name.length).put(name);
            }
            for (int i = 0; i < count; i++) {
                buffer.putShort(symbols[i]).putLong(times[i]).putDouble(prices[i]).putLong(sizes[i]);
            }
            return buffer.array();
        }

        void clear() {
            index.clear();
            names.clear();
            nameBytes = 0;
            count = 0;
        }
    }
}
