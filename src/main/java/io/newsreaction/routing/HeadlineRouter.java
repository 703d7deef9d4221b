package io.newsreaction.routing;

import io.newsreaction.avro.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which symbols a headline reaches (DESIGN §3, Routing): its explicit tickers plus the
 * symbols its entities map to (entity names match case-insensitively), upper-cased, limited to
 * the universe, deduplicated and sorted, each with its benchmark.
 *
 * <p>A symbol that is its own benchmark (a headline about SPY when the default benchmark is SPY)
 * is kept: its reaction still reports the symbol's own returns, and its abnormal return is ≈0 by
 * construction (the market model of a series on itself has β = 1, α = 0). Dropping it would
 * silently lose the raw returns that a reader of a SPY headline wants to see.
 */
public final class HeadlineRouter {

    private final RoutingSettings settings;

    public HeadlineRouter(RoutingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The routes of {@code headline}, sorted by symbol; empty when it reaches no symbol. */
    public List<Route> route(Headline headline) {
        Set<String> symbols = new TreeSet<>();
        addSymbols(symbols, headline.getTickers());
        if (headline.getEntities() != null) {
            for (String entity : headline.getEntities()) {
                if (entity != null && !entity.isBlank()) {
                    addSymbols(symbols, settings.symbolsOf(entity));
                }
            }
        }
        List<Route> routes = new ArrayList<>(symbols.size());
        for (String symbol : symbols) {
            if (settings.inUniverse(symbol)) {
                routes.add(new Route(symbol, settings.benchmarkOf(symbol)));
            }
        }
        return List.copyOf(routes);
    }

    private static void addSymbols(Set<String> into, List<String> symbols) {
        if (symbols == null) {
            return;
        }
        for (String symbol : symbols) {
            if (symbol != null && !symbol.isBlank()) {
                into.add(symbol.trim().toUpperCase(Locale.ROOT));
            }
        }
    }
}
