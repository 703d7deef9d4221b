package io.newsreaction.routing;

import java.util.Objects;

/** One symbol a headline reaches, with the benchmark its abnormal return is measured against. */
public record Route(String symbol, String benchmark) {

    public Route {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(benchmark, "benchmark");
    }
}
