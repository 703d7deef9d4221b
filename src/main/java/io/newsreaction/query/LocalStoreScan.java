package io.newsreaction.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans one key-value store over this instance's active partitions with IQv2. Every partition
 * this instance owns must answer: while partitions migrate the scan is retried briefly, then
 * refused ({@link QueryUnavailableException}) rather than answered in part.
 *
 * @param <K> store key
 * @param <V> store value
 */
final class LocalStoreScan<K, V> {
    private static final Logger log = LoggerFactory.getLogger(LocalStoreScan.class);
    private static final Set<FailureReason> TRANSIENT =
            EnumSet.of(FailureReason.NOT_ACTIVE, FailureReason.NOT_PRESENT, FailureReason.NOT_UP_TO_BOUND);

    private final StreamsView streams;
    private final String storeName;
    private final Duration backoff;
    private final int attempts;

    /**
     * @param streams   the client to query
     * @param storeName the store
     * @param retryFor  how long to keep retrying while partitions are not queryable
     * @param backoff   pause between attempts
     */
    LocalStoreScan(StreamsView streams, String storeName, Duration retryFor, Duration backoff) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        if (retryFor.isNegative() || backoff.isNegative()) {
            throw new IllegalArgumentException("retryFor and backoff must not be negative: " + retryFor + ", " + backoff);
        }
        this.backoff = backoff;
        this.attempts = 1 + (int) (backoff.isZero() ? 0 : Math.min(1000, retryFor.toMillis() / Math.max(1, backoff.toMillis())));
    }

    /** {@code select(key, value)} of every entry with a value, where it is not null. */
    <T> List<T> scan(BiFunction<K, V, T> select) {
        String lastProblem = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Attempt<T> result = tryScan(select);
            if (result.values != null) {
                return result.values;
            }
            lastProblem = result.problem;
            if (attempt < attempts) {
                log.debug("store {} not queryable ({}), retrying", storeName, lastProblem);
                pause();
            }
        }
        throw new QueryUnavailableException(storeName + " not queryable: " + lastProblem);
    }

    private <T> Attempt<T> tryScan(BiFunction<K, V, T> select) {
        KafkaStreams.State state = streams.state();
        if (!state.isRunningOrRebalancing()) {
            throw new QueryUnavailableException("streams client is " + state);
        }
        Set<Integer> partitions = streams.activeStorePartitions();
        if (partitions.isEmpty()) {
            return state == KafkaStreams.State.RUNNING
                    ? Attempt.answer(List.of())
                    : Attempt.retry("no partitions assigned while " + state);
        }
        StateQueryRequest<KeyValueIterator<K, V>> request = StateQueryRequest.inStore(storeName)
                .withQuery(RangeQuery.<K, V>withNoBounds())
                .withPartitions(partitions)
                .requireActive();
        StateQueryResult<KeyValueIterator<K, V>> result;
        try {
            result = streams.query(request);
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return Attempt.retry(e.getMessage());
        }
        return collect(new TreeMap<>(result.getPartitionResults()), partitions, select);
    }

    private <T> Attempt<T> collect(Map<Integer, QueryResult<KeyValueIterator<K, V>>> results, Set<Integer> partitions,
            BiFunction<K, V, T> select) {
        try {
            String problem = failures(results, partitions);
            if (!problem.isEmpty()) {
                return Attempt.retry(problem);
            }
            List<T> out = new ArrayList<>();
            for (QueryResult<KeyValueIterator<K, V>> partition : results.values()) {
                KeyValueIterator<K, V> it = partition.getResult();
                while (it.hasNext()) {
                    KeyValue<K, V> entry = it.next();
                    T selected = entry.value == null ? null : select.apply(entry.key, entry.value);
                    if (selected != null) {
                        out.add(selected);
                    }
                }
            }
            return Attempt.answer(out);
        } finally {
            results.values().stream().filter(QueryResult::isSuccess).forEach(r -> r.getResult().close());
        }
    }

    /** Failed or missing partitions as "p0 NOT_ACTIVE, p3 missing"; throws for failures retrying cannot fix. */
    private String failures(Map<Integer, QueryResult<KeyValueIterator<K, V>>> results, Set<Integer> partitions) {
        List<String> problems = new ArrayList<>();
        for (Integer partition : partitions) {
            QueryResult<?> r = results.get(partition);
            if (r == null) {
                problems.add("p" + partition + " missing");
            } else if (r.isFailure() && !TRANSIENT.contains(r.getFailureReason())) {
                throw new QueryUnavailableException(storeName + " partition " + partition + " failed: "
                        + r.getFailureReason() + " " + r.getFailureMessage());
            } else if (r.isFailure()) {
                problems.add("p" + partition + " " + r.getFailureReason());
            }
        }
        return String.join(", ", problems);
    }

    private void pause() {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryUnavailableException("interrupted while waiting for " + storeName, e);
        }
    }

    /** Either an answer or the reason to try again. */
    private record Attempt<T>(List<T> values, String problem) {
        static <T> Attempt<T> answer(List<T> values) {
            return new Attempt<>(values, null);
        }

        static <T> Attempt<T> retry(String problem) {
            return new Attempt<>(null, problem);
        }
    }
}
