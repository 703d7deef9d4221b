package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.PricePoint;
import java.nio.file.Path;
import java.util.ArrayList;
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
        for (int i = 0; i < 3_000; i++) {
            clock += random.nextInt(50);
            live.add(SYMBOLS[random.nextInt(SYMBOLS.length)], clock - random.nextInt(200), 100 + random.nextDouble(),
                    random.nextInt(1_000));
            if (random.nextInt(40) == 0) {
                live.flush();
            }
        }
        live.flush();

        PriceHistoryState restored = new PriceHistoryState(store);
        restored.load(Long.MIN_VALUE);

        for (String symbol : SYMBOLS) {
            assertThat(all(restored.history(symbol))).as(symbol).isEqualTo(all(live.history(symbol))).isNotEmpty();
        }
        assertThat(chunks(store)).isGreaterThan(3_000 / PriceHistoryState.CHUNK_TICKS);
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
        }
        live.flush();
        int before = chunks(store);

        live.purge(500);

        assertThat(live.history("NVDA").lastBefore(500)).isNull();
        assertThat(live.history("NVDA").lastAtOrBefore(500)).isEqualTo(new PricePoint(500, 500, 1));
        assertThat(live.history("QUIET").lastAtOrBefore(Long.MAX_VALUE)).isNull();
        assertThat(live.symbolCount()).isEqualTo(1);
        // 1,000 NVDA ticks = 15 full chunks + 1 open; 7 chunks end before 500 (7 x 64 = 448).
        assertThat(chunks(store)).isEqualTo(before - 2 - 7);

        PriceHistoryState restored = new PriceHistoryState(store);
        restored.load(500);
        assertThat(all(restored.history("NVDA"))).isEqualTo(all(live.history("NVDA")));
        assertThat(restored.symbolCount()).isEqualTo(1);
    }

    @Test
    void shouldContinueAfterALoadInANewChunk() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState first = new PriceHistoryState(store);
        first.add("NVDA", 1, 1.0, 1);
        first.flush();
        PriceHistoryState second = new PriceHistoryState(store);
        second.load(Long.MIN_VALUE);
        second.add("NVDA", 2, 2.0, 1);
        second.flush();

        PriceHistoryState third = new PriceHistoryState(store);
        third.load(Long.MIN_VALUE);
        assertThat(all(third.history("NVDA"))).containsExactly(new PricePoint(1, 1.0, 1), new PricePoint(2, 2.0, 1));
    }

    @Test
    void shouldStoreFullChunksAtOnceAndTheOpenChunkOnlyWhenFlushed() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        for (int i = 0; i < PriceHistoryState.CHUNK_TICKS + 6; i++) {
            live.add("NVDA", i, i, 1);
        }
        assertThat(chunks(store)).isEqualTo(1);
        PriceHistoryState afterCrash = new PriceHistoryState(store);
        afterCrash.load(Long.MIN_VALUE);
        assertThat(all(afterCrash.history("NVDA"))).hasSize(PriceHistoryState.CHUNK_TICKS);

        live.flush();
        live.flush();

        assertThat(chunks(store)).isEqualTo(2);
        PriceHistoryState afterCommit = new PriceHistoryState(store);
        afterCommit.load(Long.MIN_VALUE);
        assertThat(all(afterCommit.history("NVDA"))).isEqualTo(all(live.history("NVDA"))).hasSize(PriceHistoryState.CHUNK_TICKS + 6);
    }

    @Test
    void shouldWriteEachTickOnceByClosingTheOpenChunkOnFlush() {
        KeyValueStore<Bytes, byte[]> store = store();
        PriceHistoryState live = new PriceHistoryState(store);
        for (int i = 0; i < 3; i++) {
            live.add("NVDA", i, 100 + i, 1);
        }
        live.flush();
        live.add("NVDA", 3, 103, 1);
        live.add("NVDA", 4, 104, 1);
        live.flush();

        List<Integer> chunkBytes = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            it.forEachRemaining(kv -> chunkBytes.add(kv.value.length));
        }
        assertThat(chunkBytes).containsExactly(3 * 24, 2 * 24);
        PriceHistoryState restored = new PriceHistoryState(store);
        restored.load(Long.MIN_VALUE);
        assertThat(all(restored.history("NVDA"))).isEqualTo(all(live.history("NVDA"))).hasSize(5);
    }

    private static List<PricePoint> all(PriceHistory history) {
        List<PricePoint> points = new ArrayList<>();
        history.forEachBetween(Long.MIN_VALUE, Long.MAX_VALUE, points::add);
        return points;
    }

    private static int chunks(KeyValueStore<Bytes, byte[]> store) {
        int n = 0;
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            for (; it.hasNext(); it.next()) {
                n++;
            }
        }
        return n;
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
