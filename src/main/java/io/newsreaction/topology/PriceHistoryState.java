package io.newsreaction.topology;

import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.TickSeries;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The partition's in-session ticks: read from memory ({@link TickSeries} per symbol), made durable
 * in {@code price-history-store} as chunks of up to {@link #CHUNK_TICKS} ticks per symbol in arrival
 * order.
 *
 * <p>Writes. A chunk is written when it fills up, and each symbol's open chunk when {@link #flush}
 * runs, which compute-legs does just before every commit ({@link PreCommitStore}); a flushed chunk
 * is closed and the next ticks start a new one. So each tick reaches the store and its changelog
 * once, and a commit writes one record per symbol that took ticks.
 *
 * <p>Recovery. The state after a crash is always "every tick processed before the last commit".
 * {@link #load} replays the chunks in arrival order and rebuilds the same series (ties on timestamp
 * keep arrival order); chunks of 1 to {@link #CHUNK_TICKS} ticks load alike.
 *
 * <p>Retention. Ticks older than the purge cutoff leave memory, and a chunk is deleted once all its
 * ticks are older; loading applies the same cutoff, so memory after a restore equals memory before.
 */
final class PriceHistoryState {
    static final int CHUNK_TICKS = 64;
    private static final int TICK_BYTES = 24;
    private static final PriceHistory EMPTY = new TickSeries();

    private final KeyValueStore<Bytes, byte[]> store;
    private final Map<String, SymbolLog> symbols = new HashMap<>();
    private final List<SymbolLog> unflushed = new ArrayList<>();

    PriceHistoryState(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
    }

    /** Rebuilds memory from the store, keeping ticks at or after {@code purgedUntil}. */
    void load(long purgedUntil) {
        symbols.clear();
        unflushed.clear();
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> chunk = it.next();
                String symbol = Keys.chunkSymbol(chunk.key);
                symbols.computeIfAbsent(symbol, SymbolLog::new).loadChunk(Keys.chunkNumber(chunk.key), chunk.value, purgedUntil);
            }
        }
    }

    void add(String symbol, long ts, double price, long size) {
        SymbolLog log = symbols.computeIfAbsent(symbol, SymbolLog::new);
        log.series.add(ts, price, size);
        log.append(ts, price, size);
        if (log.openCount == CHUNK_TICKS) {
            store.put(log.openKey(), log.openChunkBytes());
            log.closeOpenChunk();
        } else if (!log.unflushed) {
            log.unflushed = true;
            unflushed.add(log);
        }
    }

    /** Writes and closes the open chunk of every symbol that took ticks since the last flush. */
    void flush() {
        for (SymbolLog log : unflushed) {
            if (log.openCount > 0) {
                store.put(log.openKey(), log.openChunkBytes());
                log.closeOpenChunk();
            }
            log.unflushed = false;
        }
        unflushed.clear();
    }

    /** The symbol's history; empty when it has no ticks. */
    PriceHistory history(String symbol) {
        SymbolLog log = symbols.get(symbol);
        return log == null ? EMPTY : log.series;
    }

    /** Drops ticks older than {@code cutoff} from memory and chunks holding only such ticks from the store. */
    void purge(long cutoff) {
        for (Map.Entry<String, SymbolLog> entry : symbols.entrySet()) {
            SymbolLog log = entry.getValue();
            log.series.dropBefore(cutoff);
            while (!log.closed.isEmpty() && log.closed.peekFirst()[1] < cutoff) {
                store.delete(Keys.chunk(entry.getKey(), log.closed.pollFirst()[0]));
            }
            if (log.openCount > 0 && log.openMaxTs < cutoff) {
                store.delete(Keys.chunk(entry.getKey(), log.openChunk));
                log.openChunk++;
                log.openCount = 0;
                log.openMaxTs = Long.MIN_VALUE;
            }
        }
        symbols.values().removeIf(log -> log.series.isEmpty() && log.closed.isEmpty() && log.openCount == 0);
    }

    int symbolCount() {
        return symbols.size();
    }

    /** One symbol: its series, its open chunk (encoded) and its closed chunks (number, greatest ts). */
    private static final class SymbolLog {
        final String symbol;
        final TickSeries series = new TickSeries();
        final ArrayDeque<long[]> closed = new ArrayDeque<>();
        final byte[] open = new byte[CHUNK_TICKS * TICK_BYTES];
        long openChunk;
        int openCount;
        long openMaxTs = Long.MIN_VALUE;
        boolean unflushed;
        private Bytes openKey;
        private long openKeyChunk = -1;

        SymbolLog(String symbol) {
            this.symbol = symbol;
        }

        /** The store key of the open chunk, encoded once per chunk. */
        Bytes openKey() {
            if (openKeyChunk != openChunk) {
                openKey = Keys.chunk(symbol, openChunk);
                openKeyChunk = openChunk;
            }
            return openKey;
        }

        void append(long ts, double price, long size) {
            ByteBuffer.wrap(open, openCount * TICK_BYTES, TICK_BYTES).putLong(ts).putDouble(price).putLong(size);
            openCount++;
            openMaxTs = Math.max(openMaxTs, ts);
        }

        /** A copy of the open chunk's ticks, the value to store. */
        byte[] openChunkBytes() {
            return Arrays.copyOf(open, openCount * TICK_BYTES);
        }

        void closeOpenChunk() {
            closed.addLast(new long[] {openChunk, openMaxTs});
            openChunk++;
            openCount = 0;
            openMaxTs = Long.MIN_VALUE;
        }

        /** Replays one stored chunk; new ticks go to a chunk after every stored one. */
        void loadChunk(long number, byte[] value, long purgedUntil) {
            ByteBuffer buffer = ByteBuffer.wrap(value);
            long maxTs = Long.MIN_VALUE;
            while (buffer.remaining() >= TICK_BYTES) {
                long ts = buffer.getLong();
                double price = buffer.getDouble();
                long size = buffer.getLong();
                maxTs = Math.max(maxTs, ts);
                if (ts >= purgedUntil) {
                    series.add(ts, price, size);
                }
            }
            closed.addLast(new long[] {number, maxTs});
            openChunk = number + 1;
        }
    }
}
