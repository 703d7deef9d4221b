package io.newsreaction.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.junit.jupiter.api.Test;

/** {@code /prices} from the stored chunks of {@code price-history-store}: buckets, ties, other symbols, the range, the clock entry. */
class LocalPriceHistoryTest {
    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");

    @Test
    void shouldFoldEachIntervalsTicksIntoOneBarWithTheLaterTickClosingOnATie() {
        List<KeyValue<Bytes, byte[]>> chunks = List.of(
                KeyValue.pair(Bytes.wrap(new byte[] {0}), ByteBuffer.allocate(16).putLong(1).putLong(2).array()),
                KeyValue.pair(key(0), chunk(tick("NVDA", 0, 142.0, 10), tick("NVDA", 100, 141.0, 5), tick("NVDA", 299, 143.0, 1))),
                KeyValue.pair(key(1), chunk(tick("NVDA", 299, 143.5, 2), tick("NVDAX", 10, 999.0, 1), tick("NVDA", 300, 140.0, 7))),
                KeyValue.pair(key(2), chunk(tick("NVDA", -60, 150.0, 1), tick("NVDA", 600, 150.0, 1))));

        List<PriceBar> bars = new LocalPriceHistory(scan(chunks)).bars("NVDA", T0, T0.plusSeconds(600), Duration.ofMinutes(5));

        assertThat(bars).containsExactly(
                new PriceBar(T0, 142.0, 143.5, 141.0, 143.5, 18, 4),
                new PriceBar(T0.plusSeconds(300), 140.0, 140.0, 140.0, 140.0, 7, 1));
    }

    private static LocalStoreScan<Bytes, byte[]> scan(List<KeyValue<Bytes, byte[]>> entries) {
        StreamsView view = new StreamsView() {
            @Override
            public KafkaStreams.State state() {
                return KafkaStreams.State.RUNNING;
            }

            @Override
            public Set<Integer> activeStorePartitions() {
                return Set.of(0);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <R> StateQueryResult<R> query(StateQueryRequest<R> request) {
                StateQueryResult<R> result = new StateQueryResult<>();
                result.addResult(0, (QueryResult<R>) QueryResult.forResult(new ListKeyValueIterator<>(entries)));
                return result;
            }
        };
        return new LocalStoreScan<>(view, "price-history-store", Duration.ZERO, Duration.ZERO);
    }

    /** A chunk's key: its number, 8 bytes big-endian. */
    private static Bytes key(long chunk) {
        return Bytes.wrap(ByteBuffer.allocate(8).putLong(chunk).array());
    }

    private record StoredTick(String symbol, long ts, double price, long size) {
    }

    private static StoredTick tick(String symbol, long secondsAfterT0, double price, long size) {
        return new StoredTick(symbol, T0.plusSeconds(secondsAfterT0).toEpochMilli(), price, size);
    }

    /** A chunk's value: the symbol table (count, then length and UTF-8 each), then index, ts, price and size per tick. */
    private static byte[] chunk(StoredTick... ticks) {
        List<String> symbols = Arrays.stream(ticks).map(StoredTick::symbol).distinct().toList();
        ByteBuffer buffer = ByteBuffer.allocate(1024).putShort((short) symbols.size());
        for (String symbol : symbols) {
            byte[] name = symbol.getBytes(StandardCharsets.UTF_8);
            buffer.putShort((short) name.length).put(name);
        }
        for (StoredTick t : ticks) {
            buffer.putShort((short) symbols.indexOf(t.symbol())).putLong(t.ts()).putDouble(t.price()).putLong(t.size());
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
