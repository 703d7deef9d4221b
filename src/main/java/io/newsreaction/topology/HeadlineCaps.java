package io.newsreaction.topology;

import io.newsreaction.avro.Headline;
import io.newsreaction.routing.RoutingSettings;

/**
 * Caps the lists of a headline before it fans out: every routed symbol costs a leg request, a leg
 * per horizon and a reaction, so a headline with ten thousand tickers would cost more than a day of
 * ordinary news. A headline over a cap is dead-lettered with the count and the setting.
 */
final class HeadlineCaps {
    static final String MAX_TICKERS_KEY = "routing.max-tickers";
    static final String MAX_ENTITIES_KEY = "routing.max-entities";

    private final int maxTickers;
    private final int maxEntities;

    HeadlineCaps(RoutingSettings routing) {
        this.maxTickers = routing.maxTickers();
        this.maxEntities = routing.maxEntities();
    }

    Headline check(Headline headline) {
        int tickers = headline.getTickers().size();
        if (tickers > maxTickers) {
            throw new InvalidRecordException("headline lists " + tickers + " tickers, more than " + MAX_TICKERS_KEY + "=" + maxTickers);
        }
        int entities = headline.getEntities().size();
        if (entities > maxEntities) {
            throw new InvalidRecordException("headline lists " + entities + " entities, more than " + MAX_ENTITIES_KEY + "=" + maxEntities);
        }
        return headline;
    }
}
