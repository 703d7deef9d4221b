package io.newsreaction.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which symbols a headline reaches and which benchmark each symbol is measured against.
 * Symbols are kept upper case; entity names lower case, so entity lookups ignore case.
 *
 * @param universe         symbols reactions are emitted for; empty means every symbol
 * @param defaultBenchmark benchmark of a symbol without its own
 * @param benchmarks       per-symbol benchmarks
 * @param entities         entity name (lower case) to the symbols it maps to
 */
public record RoutingSettings(
        Set<String> universe,
        String defaultBenchmark,
        Map<String, String> benchmarks,
        Map<String, List<String>> entities,
        int maxTickers,
        int maxEntities) {

    /** Default cap on the tickers of one headline ({@code routing.max-tickers}). */
    public static final int DEFAULT_MAX_TICKERS = 100;
    /** Default cap on the entities of one headline ({@code routing.max-entities}). */
    public static final int DEFAULT_MAX_ENTITIES = 100;

    public RoutingSettings {
        universe = Collections.unmodifiableSet(upperAll(Objects.requireNonNull(universe, "universe")));
        defaultBenchmark = upper(Objects.requireNonNull(defaultBenchmark, "defaultBenchmark"));
        if (defaultBenchmark.isEmpty()) {
            throw new IllegalArgumentException("default benchmark must not be empty");
        }
        benchmarks = Collections.unmodifiableMap(upperBenchmarks(Objects.requireNonNull(benchmarks, "benchmarks")));
        entities = Collections.unmodifiableMap(normalizedEntities(Objects.requireNonNull(entities, "entities")));
        if (maxTickers < 1 || maxEntities < 1) {
            throw new IllegalArgumentException("the ticker and entity caps must be at least 1: " + maxTickers + ", " + maxEntities);
        }
    }

    /** Routing with the default ticker and entity caps. */
    public RoutingSettings(Set<String> universe, String defaultBenchmark, Map<String, String> benchmarks,
            Map<String, List<String>> entities) {
        this(universe, defaultBenchmark, benchmarks, entities, DEFAULT_MAX_TICKERS, DEFAULT_MAX_ENTITIES);
    }

    /** No universe limit, benchmark SPY for every symbol, no entities. */
    public static RoutingSettings defaults() {
        return new RoutingSettings(Set.of(), "SPY", Map.of(), Map.of());
    }

    /** The benchmark of {@code symbol}: its own if configured, else the default. */
    public String benchmarkOf(String symbol) {
        return benchmarks.getOrDefault(upper(symbol), defaultBenchmark);
    }

    /** The symbols {@code entity} maps to (case-insensitive), or an empty list. */
    public List<String> symbolsOf(String entity) {
        return entities.getOrDefault(entity.trim().toLowerCase(Locale.ROOT), List.of());
    }

    /** True when reactions are emitted for {@code symbol}. */
    public boolean inUniverse(String symbol) {
        return universe.isEmpty() || universe.contains(upper(symbol));
    }

    private static String upper(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }

    private static Set<String> upperAll(Set<String> symbols) {
        Set<String> out = new TreeSet<>();
        symbols.forEach(s -> out.add(upper(s)));
        return out;
    }

    private static Map<String, String> upperBenchmarks(Map<String, String> benchmarks) {
        Map<String, String> out = new TreeMap<>();
        benchmarks.forEach((symbol, bench) -> out.put(upper(symbol), upper(bench)));
        return out;
    }

    private static Map<String, List<String>> normalizedEntities(Map<String, List<String>> entities) {
        Map<String, List<String>> out = new TreeMap<>();
        entities.forEach((entity, symbols) -> {
            Set<String> merged = new TreeSet<>(out.getOrDefault(entity.trim().toLowerCase(Locale.ROOT), List.of()));
            symbols.forEach(s -> merged.add(upper(s)));
            out.put(entity.trim().toLowerCase(Locale.ROOT), List.copyOf(new ArrayList<>(merged)));
        });
        return out;
    }
}
