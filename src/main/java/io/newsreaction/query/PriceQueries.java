package io.newsreaction.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Read side of {@code price-history-store}: a symbol's retained in-session ticks as bars. */
public interface PriceQueries {
    /** Most bars one query may ask for. */
    int MAX_BARS = 20_000;

    /**
     * Bars of {@code symbol}'s ticks with {@code from <= ts < to}, one per {@code interval} that
     * holds a tick, in time order; empty when no instance holds the symbol's history.
     *
     * @throws QueryUnavailableException when the history cannot be read right now
     */
    List<PriceBar> bars(String symbol, Instant from, Instant to, Duration interval);

    /** The same query answered from this instance's partitions only. */
    default PriceQueries localOnly() {
        return this;
    }
}
