package io.newsreaction.topology;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The price-history update of {@code compute-legs}: one tick added to its symbol's in-memory series
 * and open chunk, full chunks written at once and the open chunks every {@value #TICKS_PER_COMMIT}
 * ticks (as the pre-commit hook does) into a RocksDB {@code price-history-store}. Without the record
 * cache that Streams puts in front of the store, every put reaches RocksDB here, so this is an upper
 * bound; the changelog send is not included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TickPathBenchmark {
    private static final String[] SYMBOLS = {"SPY", "QQQ", "NVDA", "AAPL", "MSFT", "S0042", "S0311", "S0499"};
    private static final long START = 1_738_593_000_000L;
    private static final int TICKS_PER_COMMIT = 1_000;
    private KeyValueStore<Bytes, byte[]> store;
    private PriceHistoryState history;
    private long index;

    @Setup
    public void setUp() throws IOException {
        store = BenchStores.priceHistory();
        history = new PriceHistoryState(store);
    }

    @Benchmark
    public void putTick() {
        long i = index++;
        history.add(SYMBOLS[(int) (i & 7)], START + i * 25, 100.0 + (i % 13), 100 + i % 7);
        if (i % TICKS_PER_COMMIT == 0) {
            history.flush();
        }
    }

    @TearDown
    public void tearDown() {
        store.close();
    }
}
