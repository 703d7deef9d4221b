package io.newsreaction.query;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Answers reaction queries from this instance's active partitions of the reactions store with
 * IQv2 ({@link LocalStoreScan}). The store is keyed by (headline, symbol) only, so both queries
 * scan the local partitions and filter.
 */
public final class LocalReactionStore implements ReactionQueries {
    private final LocalStoreScan<ReactionKey, MarketReaction> store;

    /**
     * @param streams   the client to query
     * @param storeName the reactions store
     * @param retryFor  how long to keep retrying while partitions are not queryable
     * @param backoff   pause between attempts
     */
    public LocalReactionStore(StreamsView streams, String storeName, Duration retryFor, Duration backoff) {
        this.store = new LocalStoreScan<>(streams, storeName, retryFor, backoff);
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
        return store.scan((key, reaction) -> filter.test(reaction) ? reaction : null);
    }
}
