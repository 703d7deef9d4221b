package io.newsreaction.query;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;

/**
 * A client with partitions of reactions in memory. Failures can be queued per attempt:
 * {@code failNext(Map.of(1, NOT_ACTIVE))} makes partition 1 fail on the next query only.
 */
class FakeStreamsView implements StreamsView {
    KafkaStreams.State state = KafkaStreams.State.RUNNING;
    final Map<Integer, List<MarketReaction>> partitions = new HashMap<>();
    final Deque<Map<Integer, FailureReason>> failures = new ArrayDeque<>();
    final List<StateQueryRequest<?>> requests = new ArrayList<>();
    final List<ListKeyValueIterator<ReactionKey, MarketReaction>> iterators = new ArrayList<>();

    FakeStreamsView partition(int partition, MarketReaction... reactions) {
        partitions.put(partition, List.of(reactions));
        return this;
    }

    FakeStreamsView failNext(Map<Integer, FailureReason> reasons) {
        failures.add(reasons);
        return this;
    }

    @Override
    public KafkaStreams.State state() {
        return state;
    }

    @Override
    public Set<Integer> activeStorePartitions() {
        return new TreeSet<>(partitions.keySet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> StateQueryResult<R> query(StateQueryRequest<R> request) {
        requests.add(request);
        Map<Integer, FailureReason> failing = failures.isEmpty() ? Map.of() : failures.poll();
        StateQueryResult<R> result = new StateQueryResult<>();
        for (Integer partition : request.getPartitions()) {
            if (failing.containsKey(partition)) {
                result.addResult(partition, QueryResult.forFailure(failing.get(partition), "test failure"));
            } else if (partitions.containsKey(partition)) {
                ListKeyValueIterator<ReactionKey, MarketReaction> it = iterator(partitions.get(partition));
                iterators.add(it);
                result.addResult(partition, (QueryResult<R>) QueryResult.forResult(it));
            }
        }
        return result;
    }

    private static ListKeyValueIterator<ReactionKey, MarketReaction> iterator(List<MarketReaction> reactions) {
        List<KeyValue<ReactionKey, MarketReaction>> entries = new ArrayList<>();
        for (MarketReaction r : reactions) {
            entries.add(KeyValue.pair(new ReactionKey(r.getHeadlineId(), r.getSymbol()), r));
        }
        return new ListKeyValueIterator<>(entries);
    }
}
