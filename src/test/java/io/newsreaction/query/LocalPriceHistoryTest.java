package io.newsreaction.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.junit.jupiter.api.Test;

/** {@code /prices} from the stored chunks of {@code price-history-store}: buckets, ties, other symbols, the range. */
class LocalPriceHistoryTest {
    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");

    @Test
    void shouldFoldEachIntervalsTicksIntoOneBarWithTheLaterTickClosingOnATie() {
        List<KeyValue<Bytes, byte[]>> chunks = List.of(
                KeyValue.pair(key("NVDA", 0), ticks(tick(0, 142.0, 10), tick(100, 141.0, 5), tick(299, 143.0, 1))),
                KeyValue.pair(key("NVDA", 1), ticks(tick(299, 143.5, 2), tick(300, 140.0, 7))),
                KeyValue.pair(key("NVDAX", 0), ticks(tick(10, 999.0, 1))),
                KeyValue.pair(key("NVDA", 2), ticks(tick(-60, 150.0, 1), tick(600, 150.0, 1))));

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

    /** The store's chunk key: symbol, 0x00, chunk number. */
    private static Bytes key(String symbol, long chunk) {
        byte[] s = symbol.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(s.length + 9).put(s).put((byte) 0).putLong(chunk).array());
    }

    private static long[] tick(long secondsAfterT0, double price, long size) {
        return new long[] {T0.plusSeconds(secondsAfterT0).toEpochMilli(), Double.doubleToLongBits(price), size};
    }

    private static byte[] ticks(long[]... ticks) {
        ByteBuffer buffer = ByteBuffer.allocate(ticks.length * 24);
        for (long[] t : ticks) {
            buffer.putLong(t[0]).putLong(t[1]).putLong(t[2]);
        }
        return buffer.array();
    }
}
