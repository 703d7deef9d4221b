package io.newsreaction.config;

import io.newsreaction.routing.RoutingSettings;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link RoutingSettings} from {@code reaction.universe}, the benchmarks,
 * {@code routing.entity.*} and the caps {@code routing.max-tickers} and {@code routing.max-entities}.
 */
final class RoutingBinder {

    private RoutingBinder() {
    }

    static RoutingSettings bind(ConfigValues v) {
        LinkedHashSet<String> universe = new LinkedHashSet<>(v.symbols(ConfigKeys.UNIVERSE));
        String rawDefault = v.nonBlank(ConfigKeys.DEFAULT_BENCHMARK);
        String defaultBenchmark = ConfigValues.symbol(ConfigKeys.DEFAULT_BENCHMARK, rawDefault, rawDefault);
        Map<String, String> benchmarks = new LinkedHashMap<>();
        v.withPrefix(ConfigKeys.BENCHMARK_PREFIX).forEach((key, value) -> {
            String symbol = ConfigValues.symbol(key, value, key.substring(ConfigKeys.BENCHMARK_PREFIX.length()));
            if (value.isBlank()) {
                throw ConfigException.badValue(key, value, "must name a benchmark symbol");
            }
            benchmarks.put(symbol, ConfigValues.symbol(key, value, value));
        });
        Map<String, List<String>> entities = new LinkedHashMap<>();
        v.withPrefix(ConfigKeys.ENTITY_PREFIX).forEach((key, value) -> {
            String entity = key.substring(ConfigKeys.ENTITY_PREFIX.length()).trim();
            List<String> symbols = v.symbols(key);
            if (entity.isEmpty() || symbols.isEmpty()) {
                throw ConfigException.badValue(key, value, "must map an entity to at least one symbol");
            }
            entities.merge(entity, symbols, RoutingBinder::concat);
        });
        return new RoutingSettings(universe, defaultBenchmark, benchmarks, entities,
                v.intAtLeast(ConfigKeys.MAX_TICKERS, 1), v.intAtLeast(ConfigKeys.MAX_ENTITIES, 1));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
