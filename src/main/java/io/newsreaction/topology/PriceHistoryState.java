package io.newsreaction.topology;

import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.TickSeries;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The partition's in-session ticks and its clock: read from memory ({@link TickSeries} per
 * symbol), made durable in {@code price-history-store}.
 *
 * <p>Layout. The store is the partition's tick log: chunks numbered from 0, each holding up to
 * {@link #CHUNK_TICKS} ticks of any symbols in arrival order (see {@link PriceHistoryChunks}),
 * and one clock entry with the partition's tick time and purge cutoff.
 *
 * <p>Writes. The open chunk is written when it fills up, and when {@link #flush} runs, which
 * compute-legs does just before every commit ({@link PreCommitStore}); a written chunk is closed and
 * the next ticks start a new one. So each tick reaches the store and its changelog once, and a
 * commit writes at most one chunk and one clock entry, however many symbols took ticks.
 *
 * <p>Recovery. The state after a crash is always "every tick processed before the last commit".
 * {@link #load} replays the chunks in number order and rebuilds the same series (ties on timestamp
 * keep arrival order).
 *
 * <p>Retention. Ticks older than the purge cutoff leave memory, and a chunk is deleted once all its
 * ticks are older; loading applies the same cutoff, so memory after a restore equals memory before.
 */
final class PriceHistoryState {
    static final int CHUNK_TICKS = 4096;
    private static final PriceHistory EMPTY = new TickSeries();

    private final KeyValueStore<Bytes, byte[]> store;
    private final Map<String, TickSeries> symbols = new HashMap<>();
    /** Number and greatest tick timestamp of each chunk in the store, in number order. */
    private final ArrayDeque<long[]> closed = new ArrayDeque<>();
    private final PriceHistoryChunks.Writer open = new PriceHistoryChunks.Writer(CHUNK_TICKS);
    private long openNumber;
    private long openMaxTs = Long.MIN_VALUE;
    private long tickTime = Long.MIN_VALUE;
    private long purgedUntil = Long.MIN_VALUE;
    private long storedTickTime = Long.MIN_VALUE;
    private long storedPurgedUntil = Long.MIN_VALUE;

    PriceHistoryState(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
    }

    /** Rebuilds memory from the store: the clock, and the ticks at or after the stored purge cutoff. */
    void load() {
        symbols.clear();
        closed.clear();
        open.clear();
        openMaxTs = Long.MIN_VALUE;
        openNumber = 0;
        byte[] clock = store.get(PriceHistoryChunks.CLOCK_KEY);
        if (clock != null) {
            ByteBuffer buffer = ByteBuffer.wrap(clock);
            tickTime = buffer.getLong();
            purgedUntil = buffer.getLong();
        } else {
            tickTime = Long.MIN_VALUE;
            purgedUntil = Long.MIN_VALUE;
        }
        storedTickTime = tickTime;
        storedPurgedUntil = purgedUntil;
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> chunk = it.next();
                if (chunk.key.equals(PriceHistoryChunks.CLOCK_KEY)) {
                    continue;
                }
                if (!PriceHistoryChunks.isChunk(chunk.key)) {
                    throw new IllegalStateException("price-history-store holds a key of an earlier layout ("
                            + chunk.key.get().length + " bytes); reset the application's state before starting this build"
                            + " (docs/OPERATIONS.md, State compatibility)");
                }
                long[] maxTs = {Long.MIN_VALUE};
                PriceHistoryChunks.forEachTick(chunk.key, chunk.value, (symbol, ts, price, size) -> {
                    maxTs[0] = Math.max(maxTs[0], ts);
                    if (ts >= purgedUntil) {
                        series(symbol).add(ts, price, size);
                    }
                });
                long number = PriceHistoryChunks.number(chunk.key);
                closed.addLast(new long[] {number, maxTs[0]});
                openNumber = number + 1;
            }
        }
    }

    /** The greatest tick timestamp the partition has processed, or {@link Long#MIN_VALUE}. */
    long tickTime() {
        return tickTime;
    }

    /** The purge cutoff last applied, or {@link Long#MIN_VALUE}. */
    long purgedUntil() {
        return purgedUntil;
    }

    /** Moves tick time forward (never back); stored with the next {@link #flush}. */
    void advanceTickTime(long ts) {
        tickTime = Math.max(tickTime, ts);
    }

    /** Adds an in-session tick, writing the open chunk when it fills up. */
    void add(String symbol, long ts, double price, long size) {
        series(symbol).add(ts, price, size);
        open.add(symbol, ts, price, size);
        openMaxTs = Math.max(openMaxTs, ts);
        if (open.size() == CHUNK_TICKS) {
            writeOpenChunk();
        }
    }

    private TickSeries series(String symbol) {
        return symbols.computeIfAbsent(symbol, s -> new TickSeries());
    }

    /** Writes and closes the open chunk if it holds ticks, and the clock if it moved. */
    void flush() {
        if (open.size() > 0) {
            writeOpenChunk();
        }
        if (tickTime != storedTickTime || purgedUntil != storedPurgedUntil) {
            store.put(PriceHistoryChunks.CLOCK_KEY, ByteBuffer.allocate(2 * Long.BYTES).putLong(tickTime).putLong(purgedUntil).array());
            storedTickTime = tickTime;
            storedPurgedUntil = purgedUntil;
        }
    }

    private void writeOpenChunk() {
        store.put(PriceHistoryChunks.chunkKey(openNumber), open.encode());
        closed.addLast(new long[] {openNumber, openMaxTs});
        openNumber++;
        open.clear();
        openMaxTs = Long.MIN_VALUE;
    }

    /** The symbol's history; empty when it has no ticks. */
    PriceHistory history(String symbol) {
        TickSeries series = symbols.get(symbol);
        return series == null ? EMPTY : series;
    }

    /**
     * Drops ticks older than {@code cutoff} from memory, chunks holding only such ticks from the
     * store, and an unwritten open chunk holding only such ticks; the cutoff is stored with the next
     * {@link #flush}.
     */
    void purge(long cutoff) {
        symbols.values().forEach(series -> series.dropBefore(cutoff));
        symbols.values().removeIf(TickSeries::isEmpty);
        closed.removeIf(chunk -> {
            boolean old = chunk[1] < cutoff;
            if (old) {
                store.delete(PriceHistoryChunks.chunkKey(chunk[0]));
            }
            return old;
        });
        if (open.size() > 0 && openMaxTs < cutoff) {
            open.clear();
            openMaxTs = Long.MIN_VALUE;
        }
        purgedUntil = cutoff;
    }

    int symbolCount() {
        return symbols.size();
    }
}
