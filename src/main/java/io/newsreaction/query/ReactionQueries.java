package io.newsreaction.query;

import io.newsreaction.avro.MarketReaction;
import java.time.Instant;
import java.util.List;

/** Read side of the reactions store: the latest reaction per (headline, symbol) key. */
public interface ReactionQueries {

    /**
     * Latest reaction per key of {@code symbol} whose headline was published in {@code [from, to)},
     * oldest first by publishedAt, then headline id.
     *
     * @throws QueryUnavailableException when part of the answer cannot be read right now
     */
    List<MarketReaction> bySymbol(String symbol, Instant from, Instant to);

    /**
     * Latest reaction per symbol of one headline, sorted by symbol; empty for an unknown headline.
     *
     * @throws QueryUnavailableException when part of the answer cannot be read right now
     */
    List<MarketReaction> byHeadline(String headlineId);

    /**
     * The same queries answered from this instance's partitions only; what a peer asks for when it
     * fans a request out. Implementations without peers return themselves.
     */
    default ReactionQueries localOnly() {
        return this;
    }
}
