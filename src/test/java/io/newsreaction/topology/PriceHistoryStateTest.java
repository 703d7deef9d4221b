package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.PricePoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceHistoryStateTest {
    private static final String[] SYMBOLS = {"NVDA", "NVD", "SPY", "A"};

    @TempDir
    Path stateDir;

    @Test
    void shouldRebuildTheSameHistoryFromTheStore() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        SplittableRandom random = new SplittableRandom(11);
        long clock = 1_000_000;
        int written = 0;
        boolean open = false;
        for (int i = 0; i < 20_000; i++) {
            clock += random.nextInt(50);
            live.add(SYMBOLS[random.nextInt(SYMBOLS.length)], clock - random.nextInt(200), 100 + random.nextDouble(),
                    random.nextInt(1_000));
            live.advanceTickTime(clock);
            open = true;
            if (random.nextInt(400) == 0) {
                live.flush();
                written++;
                open = false;
            }
        }
        live.flush();
        written += open ? 1 : 0;

        PriceHistoryState restored = new PriceHistoryState(store);
        restored.load();

        for (String symbol : SYMBOLS) {
            assertThat(all(restored.history(symbol))).as(symbol).isEqualTo(all(live.history(symbol))).isNotEmpty();
        }
        assertThat(restored.tickTime()).isEqualTo(clock);
        // one chunk per flush that had ticks, plus one per chunk that filled up in between
        assertThat(chunks(store)).isBetween(written, written + 20_000 / PriceHistoryState.CHUNK_TICKS);
    }

    @Test
    void shouldWriteOneChunkPerFlushWhateverTheSymbols() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        live.add("NVDA", 3, 100.5, 10);
        live.add("SPY", 1, 600.25, 20);
        live.add("NVDA", 2, 101.5, 30);
        live.add("BRK.B", 4, 450.0, 40);
        live.flush();

        List<String> ticks = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            it.forEachRemaining(kv -> PriceHistoryChunks.forEachTick(kv.key, kv.value,
                    (symbol, ts, price, size) -> ticks.add(symbol + "@" + ts + "=" + price + "x" + size)));
        }
        assertThat(ticks).containsExactly("NVDA@3=100.5x10", "SPY@1=600.25x20", "NVDA@2=101.5x30", "BRK.B@4=450.0x40");
        assertThat(chunks(store)).isEqualTo(1);
        // symbol table (2 + 3 names with their lengths) and 4 ticks of 26 bytes
        assertThat(chunkBytes(store)).containsExactly(2 + (2 + 4) + (2 + 3) + (2 + 5) + 4 * 26);
    }

    @Test
    void shouldPurgeMemoryAndWholeChunksAlike() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        for (int i = 0; i < 1_000; i++) {
            live.add("NVDA", i, i, 1);
            if (i < 100) {
                live.add("QUIET", i, i, 1);
            }
            if (i % 100 == 99) {
                live.flush();
            }
        }
        live.advanceTickTime(999);
        live.flush();
        assertThat(chunks(store)).isEqualTo(10);

        live.purge(500);
        live.flush();

        assertThat(live.history("NVDA").lastBefore(500)).isNull();
        assertThat(live.history("NVDA").lastAtOrBefore(500)).isEqualTo(new PricePoint(500, 500, 1));
        assertThat(live.history("QUIET").lastAtOrBefore(Long.MAX_VALUE)).isNull();
        assertThat(live.symbolCount()).isEqualTo(1);
        // chunks of ticks 0-99, ..., 400-499 hold only ticks before 500
        assertThat(chunks(store)).isEqualTo(5);

        PriceHistoryState restored = new PriceHistoryState(store);
        restored.load();
        assertThat(restored.purgedUntil()).isEqualTo(500);
        assertThat(restored.tickTime()).isEqualTo(999);
        assertThat(all(restored.history("NVDA"))).isEqualTo(all(live.history("NVDA"))).hasSize(500);
        assertThat(restored.symbolCount()).isEqualTo(1);
    }

    @Test
    void shouldKeepTicksOfAPartlyOldChunkAfterTheCutoffOnly() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        for (int i = 0; i < 10; i++) {
            live.add("NVDA", i, i, 1);
        }
        live.flush();
        live.purge(5);
        live.flush();
        assertThat(chunks(store)).isEqualTo(1);

        PriceHistoryState restored = new PriceHistoryState(store);
        restored.load();
        assertThat(all(restored.history("NVDA"))).isEqualTo(all(live.history("NVDA"))).hasSize(5);
    }

    @Test
    void shouldContinueAfterALoadInANewChunk() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState first = new PriceHistoryState(store);
        first.add("NVDA", 1, 1.0, 1);
        first.flush();
        PriceHistoryState second = new PriceHistoryState(store);
        second.load();
        second.add("NVDA", 2, 2.0, 1);
        second.flush();

        PriceHistoryState third = new PriceHistoryState(store);
        third.load();
        assertThat(all(third.history("NVDA"))).containsExactly(new PricePoint(1, 1.0, 1), new PricePoint(2, 2.0, 1));
        assertThat(chunks(store)).isEqualTo(2);
    }

    @Test
    void shouldStoreFullChunksAtOnceAndTheOpenChunkOnlyWhenFlushed() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        for (int i = 0; i < PriceHistoryState.CHUNK_TICKS + 6; i++) {
            live.add(SYMBOLS[i % SYMBOLS.length], i, i, 1);
        }
        assertThat(chunks(store)).isEqualTo(1);
        PriceHistoryState afterCrash = new PriceHistoryState(store);
        afterCrash.load();
        assertThat(Arrays.stream(SYMBOLS).mapToInt(s -> all(afterCrash.history(s)).size()).sum())
                .isEqualTo(PriceHistoryState.CHUNK_TICKS);

        live.flush();
        live.flush();

        assertThat(chunks(store)).isEqualTo(2);
        PriceHistoryState afterCommit = new PriceHistoryState(store);
        afterCommit.load();
        for (String symbol : SYMBOLS) {
            assertThat(all(afterCommit.history(symbol))).isEqualTo(all(live.history(symbol)));
        }
    }

    @Test
    void shouldStoreTheClockOnlyWhenItMoved() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        live.flush();
        assertThat(store.approximateNumEntries()).isZero();

        live.advanceTickTime(42);
        live.advanceTickTime(7);
        live.flush();

        PriceHistoryState restored = new PriceHistoryState(store);
        restored.load();
        assertThat(restored.tickTime()).isEqualTo(42);
        assertThat(restored.purgedUntil()).isEqualTo(Long.MIN_VALUE);
        assertThat(chunks(store)).isZero();
    }

    @Test
    void shouldRefuseStateOfTheEarlierPerSymbolLayout() {
        KeyValueStore<Bytes, byte[]> store = store();
        // the earlier layout's key: symbol, 0x00, chunk number
        store.put(Bytes.wrap(new byte[] {'N', 'V', 'D', 'A', 0, 0, 0, 0, 0, 0, 0, 0, 0}), new byte[24]);

        PriceHistoryState restored = new PriceHistoryState(store);
        assertThatThrownBy(restored::load).isInstanceOf(IllegalStateException.class)
                .hasMessage("price-history-store holds a key of an earlier layout (13 bytes); reset the application's state"
                        + " before starting this build (docs/OPERATIONS.md, State compatibility)");
    }

    private static List<PricePoint> all(PriceHistory history) {
        List<PricePoint> points = new ArrayList<>();
        history.forEachBetween(Long.MIN_VALUE, Long.MAX_VALUE, points::add);
        return points;
    }

    private static int chunks(KeyValueStore<Bytes, byte[]> store) {
        return chunkBytes(store).size();
    }

    /** The size of each stored chunk, in number order; the clock entry is not a chunk. */
    private static List<Integer> chunkBytes(KeyValueStore<Bytes, byte[]> store) {
        List<Integer> sizes = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            it.forEachRemaining(kv -> {
                if (PriceHistoryChunks.isChunk(kv.key)) {
                    sizes.add(kv.value.length);
                }
            });
        }
        return sizes;
    }

    private KeyValueStore<Bytes, byte[]> store() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "price-history-state-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(Names.PRICE_HISTORY_STORE), Serdes.Bytes(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
