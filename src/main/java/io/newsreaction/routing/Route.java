package io.newsreaction.routing;

import java.util.Objects;

/** One symbol a headline reaches, with the benchmark its abnormal return is measured against. */
public record Route(String symbol, String benchmark) {

    public Route {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(benchmark, "benchmark");
    }

    /** True when the symbol is its own benchmark (e.g. a SPY headline with default benchmark SPY). */
    public boolean isOwnBenchmark() {
        return symbol.equals(benchmark);
    }
}
