package io.newsreaction.runtime;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
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
 * Answers reaction queries from this instance's active partitions of the reactions store with
 * IQv2. The store is keyed by (headline, symbol) only, so both queries scan the local partitions and
 * filter. Every partition this instance owns must answer: while partitions migrate the query is
 * retried briefly, then refused rather than answered in part.
 */
public final class LocalReactionStore implements ReactionQueries {
    private static final Logger log = LoggerFactory.getLogger(LocalReactionStore.class);
    private static final Set<FailureReason> TRANSIENT =
            EnumSet.of(FailureReason.NOT_ACTIVE, FailureReason.NOT_PRESENT, FailureReason.NOT_UP_TO_BOUND);

    private final StreamsView streams;
    private final String storeName;
    private final Duration backoff;
    private final int attempts;

    /**
     * @param streams   the client to query
     * @param storeName the reactions store
     * @param retryFor  how long to keep retrying while partitions are not queryable
     * @param backoff   pause between attempts
     */
    public LocalReactionStore(StreamsView streams, String storeName, Duration retryFor, Duration backoff) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        if (retryFor.isNegative() || backoff.isNegative()) {
            throw new IllegalArgumentException("retryFor and backoff must not be negative: " + retryFor + ", " + backoff);
        }
        this.backoff = backoff;
        this.attempts = 1 + (int) (backoff.isZero() ? 0 : Math.min(1000, retryFor.toMillis() / Math.max(1, backoff.toMillis())));
    }

    @Override
    public List<MarketReaction> bySymbol(String symbol, Instant from, Instant to) {
        return ReactionSelection.latestPerKey(scan(ReactionSelection.symbolInWindow(symbol, from, to)), ReactionSelection.BY_PUBLISHED);
    }

    @Override
    public List<MarketReaction> byHeadline(String headlineId) {
        return ReactionSelection.latestPerKey(scan(ReactionSelection.ofHeadline(headlineId)), ReactionSelection.BY_SYMBOL);
    }

    /** Matching reactions of every locally active partition; retried while partitions migrate. */
    List<MarketReaction> scan(Predicate<MarketReaction> filter) {
        String lastProblem = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Attempt result = tryScan(filter);
            if (result.reactions != null) {
                return result.reactions;
            }
            lastProblem = result.problem;
            if (attempt < attempts) {
                log.debug("store {} not queryable ({}), retrying", storeName, lastProblem);
                pause();
            }
        }
        throw new QueryUnavailableException(storeName + " not queryable: " + lastProblem);
    }

    private Attempt tryScan(Predicate<MarketReaction> filter) {
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
        StateQueryRequest<KeyValueIterator<ReactionKey, MarketReaction>> request = StateQueryRequest.inStore(storeName)
                .withQuery(RangeQuery.<ReactionKey, MarketReaction>withNoBounds())
                .withPartitions(partitions)
                .requireActive();
        StateQueryResult<KeyValueIterator<ReactionKey, MarketReaction>> result;
        try {
            result = streams.query(request);
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return Attempt.retry(e.getMessage());
        }
        return collect(new TreeMap<>(result.getPartitionResults()), partitions, filter);
    }

    private Attempt collect(Map<Integer, QueryResult<KeyValueIterator<ReactionKey, MarketReaction>>> results,
                            Set<Integer> partitions, Predicate<MarketReaction> filter) {
        try {
            String problem = failures(results, partitions);
            if (!problem.isEmpty()) {
                return Attempt.retry(problem);
            }
            List<MarketReaction> out = new ArrayList<>();
            for (QueryResult<KeyValueIterator<ReactionKey, MarketReaction>> partition : results.values()) {
                drain(partition.getResult(), filter, out);
            }
            return Attempt.answer(out);
        } finally {
            results.values().stream().filter(QueryResult::isSuccess).forEach(r -> r.getResult().close());
        }
    }

    /** Failed or missing partitions as "p0 NOT_ACTIVE, p3 missing"; throws for failures retrying cannot fix. */
    private String failures(Map<Integer, QueryResult<KeyValueIterator<ReactionKey, MarketReaction>>> results, Set<Integer> partitions) {
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

    private static void drain(KeyValueIterator<ReactionKey, MarketReaction> it, Predicate<MarketReaction> filter, List<MarketReaction> out) {
        while (it.hasNext()) {
            KeyValue<ReactionKey, MarketReaction> entry = it.next();
            if (entry.value != null && filter.test(entry.value)) {
                out.add(entry.value);
            }
        }
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
    private record Attempt(List<MarketReaction> reactions, String problem) {
        static Attempt answer(List<MarketReaction> reactions) {
            return new Attempt(reactions, null);
        }

        static Attempt retry(String problem) {
            return new Attempt(null, problem);
        }
    }
}
