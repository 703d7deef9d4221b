package io.newsreaction.query;

import static io.newsreaction.fixtures.Reactions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.fixtures.ReactionRecords;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.junit.jupiter.api.Test;

class LocalReactionStoreTest {
    private static final MarketReaction NVDA_H1 = ReactionRecords.of("h1", "NVDA").at(T0).build();
    private static final MarketReaction AMD_H1 = ReactionRecords.of("h1", "AMD").at(T0).build();
    private static final MarketReaction NVDA_H2 = ReactionRecords.of("h2", "NVDA").at(T0.plusSeconds(600)).build();
    private static final MarketReaction NVDA_H3 = ReactionRecords.of("h3", "NVDA").at(T0.minusSeconds(600)).build();

    private final FakeStreamsView streams = new FakeStreamsView()
            .partition(0, NVDA_H2, AMD_H1)
            .partition(3, NVDA_H1, NVDA_H3);

    private LocalReactionStore store(Duration retryFor) {
        return new LocalReactionStore(streams, "reactions-store", retryFor, Duration.ofMillis(1));
    }

    @Test
    void shouldAnswerBySymbolFromEveryActivePartitionOldestFirst() {
        assertThat(store(Duration.ZERO).bySymbol("NVDA", T0.minusSeconds(600), T0.plusSeconds(600)))
                .containsExactly(NVDA_H3, NVDA_H1);
    }

    @Test
    void shouldAnswerByHeadlineSortedBySymbol() {
        assertThat(store(Duration.ZERO).byHeadline("h1")).containsExactly(AMD_H1, NVDA_H1);
        assertThat(store(Duration.ZERO).byHeadline("unknown")).isEmpty();
    }

    @Test
    void shouldRangeScanOnlyActivePartitionsOfTheNamedStore() {
        store(Duration.ZERO).byHeadline("h1");

        StateQueryRequest<?> request = streams.requests.get(0);
        assertThat(request.getStoreName()).isEqualTo("reactions-store");
        assertThat(request.getQuery()).isInstanceOf(RangeQuery.class);
        assertThat(request.getPartitions()).containsExactlyInAnyOrder(0, 3);
        assertThat(request.isRequireActive()).isTrue();
    }

    @Test
    void shouldCloseEveryIterator() {
        store(Duration.ZERO).byHeadline("h1");

        assertThat(streams.iterators).hasSize(2).allMatch(ListKeyValueIterator::closed);
    }

    @Test
    void shouldRetryWhilePartitionsMigrate() {
        streams.failNext(Map.of(3, FailureReason.NOT_ACTIVE)).failNext(Map.of(0, FailureReason.NOT_PRESENT));

        assertThat(store(Duration.ofSeconds(1)).byHeadline("h1")).containsExactly(AMD_H1, NVDA_H1);
        assertThat(streams.requests).hasSize(3);
        assertThat(streams.iterators).allMatch(ListKeyValueIterator::closed);
    }

    @Test
    void shouldReportPartitionsThatStayUnavailable() {
        for (int i = 0; i < 5; i++) {
            streams.failNext(Map.of(3, FailureReason.NOT_ACTIVE));
        }

        assertThatThrownBy(() -> store(Duration.ofMillis(2)).byHeadline("h1"))
                .isInstanceOf(QueryUnavailableException.class)
                .hasMessageContaining("p3 NOT_ACTIVE");
        assertThat(streams.iterators).allMatch(ListKeyValueIterator::closed);
    }

    @Test
    void shouldFailAtOnceOnStoreErrors() {
        streams.failNext(Map.of(0, FailureReason.STORE_EXCEPTION));

        assertThatThrownBy(() -> store(Duration.ofSeconds(5)).byHeadline("h1"))
                .isInstanceOf(QueryUnavailableException.class)
                .hasMessageContaining("partition 0 failed: STORE_EXCEPTION");
        assertThat(streams.requests).hasSize(1);
    }

    @Test
    void shouldRefuseWhenClientIsNotRunning() {
        streams.state = KafkaStreams.State.PENDING_SHUTDOWN;

        assertThatThrownBy(() -> store(Duration.ofSeconds(5)).byHeadline("h1"))
                .isInstanceOf(QueryUnavailableException.class)
                .hasMessage("streams client is PENDING_SHUTDOWN");
    }

    @Test
    void shouldAnswerWhileRebalancingWhenEveryOwnedPartitionAnswers() {
        streams.state = KafkaStreams.State.REBALANCING;

        assertThat(store(Duration.ZERO).byHeadline("h1")).containsExactly(AMD_H1, NVDA_H1);
    }

    @Test
    void shouldAnswerEmptyWhenRunningWithoutPartitionsAndRetryWhileRebalancing() {
        streams.partitions.clear();
        assertThat(store(Duration.ZERO).byHeadline("h1")).isEmpty();

        streams.state = KafkaStreams.State.REBALANCING;
        assertThatThrownBy(() -> store(Duration.ofMillis(2)).byHeadline("h1"))
                .isInstanceOf(QueryUnavailableException.class)
                .hasMessageContaining("no partitions assigned while REBALANCING");
        assertThat(streams.requests).isEmpty();
    }

    @Test
    void shouldReportAMissingPartition() {
        FakeStreamsView lying = new FakeStreamsView() {
            @Override
            public Set<Integer> activeStorePartitions() {
                return Set.of(0, 7);
            }
        }.partition(0, AMD_H1);

        assertThatThrownBy(() -> new LocalReactionStore(lying, "reactions-store", Duration.ZERO, Duration.ZERO).byHeadline("h1"))
                .isInstanceOf(QueryUnavailableException.class)
                .hasMessageContaining("p7 missing");
    }
}
