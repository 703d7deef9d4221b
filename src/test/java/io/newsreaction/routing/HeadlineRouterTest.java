package io.newsreaction.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.Headlines;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlineRouterTest {

    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");
    private static final RoutingSettings SETTINGS = new RoutingSettings(
            Set.of(), "SPY", Map.of("nvda", "qqq"),
            Map.of("DeepSeek", List.of("NVDA", "avgo"), "Stargate", List.of("ORCL", "NVDA")));

    @Test
    void shouldRouteExplicitTickersUnionEntitySymbolsSortedAndDeduplicated() {
        List<Route> routes = new HeadlineRouter(SETTINGS)
                .route(Headlines.id("h-test").at(T0).tickers("msft", " NVDA ", "").entities("DEEPSEEK", "stargate", "Unknown").build());
        assertThat(routes).containsExactly(
                new Route("AVGO", "SPY"), new Route("MSFT", "SPY"), new Route("NVDA", "QQQ"), new Route("ORCL", "SPY"));
    }

    @Test
    void shouldLimitRoutesToTheUniverse() {
        RoutingSettings limited = new RoutingSettings(Set.of("nvda", "SPY"), "SPY", SETTINGS.benchmarks(),
                SETTINGS.entities());
        List<Route> routes = new HeadlineRouter(limited)
                .route(Headlines.id("h-test").at(T0).tickers("SPY", "AAPL").entities("deepseek").build());
        assertThat(routes).containsExactly(new Route("NVDA", "QQQ"), new Route("SPY", "SPY"));
    }

    @Test
    void shouldRouteNothingWithoutTickersOrKnownEntities() {
        assertThat(new HeadlineRouter(SETTINGS).route(Headlines.id("h-test").at(T0).entities("Tesla").build())).isEmpty();
    }

    @Test
    void shouldMergeEntitiesDifferingOnlyInCase() {
        RoutingSettings s = new RoutingSettings(Set.of(), "SPY", Map.of(),
                Map.of("DeepSeek", List.of("NVDA"), "deepseek", List.of("AMD")));
        assertThat(s.symbolsOf("DeepSeek")).containsExactly("AMD", "NVDA");
    }
}
