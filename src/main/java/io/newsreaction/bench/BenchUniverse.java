package io.newsreaction.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bench's symbols in popularity order: four benchmark ETFs first (the most traded), then a
 * few well-known stocks, then synthetic {@code S0042}-style names. Every stock is measured against
 * one ETF, chosen by its index, so all four benchmarks are in use.
 */
public final class BenchUniverse {
    public static final List<String> ETFS = List.of("SPY", "QQQ", "IWM", "DIA");
    private static final List<String> NAMED = List.of("NVDA", "AAPL", "MSFT", "AMZN", "GOOGL", "META", "AVGO",
            "TSLA", "AMD", "TSM", "ORCL", "NFLX", "INTC", "QCOM", "MU", "ARM", "SMCI", "PLTR", "CRM", "ADBE");

    private final List<String> symbols;
    private final Map<String, String> benchmarks;

    public BenchUniverse(int size) {
        List<String> all = new ArrayList<>(ETFS);
        for (int i = 0; all.size() < size; i++) {
            all.add(i < NAMED.size() ? NAMED.get(i) : String.format(Locale.ROOT, "S%04d", i));
        }
        Map<String, String> bench = new TreeMap<>();
        for (int i = ETFS.size(); i < all.size(); i++) {
            bench.put(all.get(i), ETFS.get(i % ETFS.size()));
        }
        this.symbols = Collections.unmodifiableList(all);
        this.benchmarks = Collections.unmodifiableMap(bench);
    }

    /** All symbols, most traded first. */
    public List<String> symbols() {
        return symbols;
    }

    /** Stocks (non-ETF symbols), most traded first. */
    public List<String> stocks() {
        return symbols.subList(ETFS.size(), symbols.size());
    }

    /** Routing configuration keys: default benchmark SPY and one {@code reaction.benchmark.*} per stock. */
    public Map<String, String> routingProperties() {
        Map<String, String> props = new TreeMap<>();
        props.put("reaction.default-benchmark", ETFS.get(0));
        benchmarks.forEach((stock, etf) -> props.put("reaction.benchmark." + stock, etf));
        return props;
    }
}
