package io.newsreaction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.demo.DemoRouting;
import io.newsreaction.fixtures.FakeCalendar;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.routing.Route;
import io.newsreaction.routing.RoutingSettings;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoRoutingTest {

    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");

    private static RoutingSettings demoRouting() {
        return new ConfigLoader(FakeCalendar.FACTORY).load(new ConfigSources(DemoRouting.properties(), Optional.empty(), Map.of(),
                Map.of()))
                .routing();
    }

    @Test
    void shouldSendDeepSeekNewsToEveryAiExposedSymbolAgainstQqq() {
        HeadlineRouter router = new HeadlineRouter(demoRouting());
        assertThat(router.route(Headlines.id("h-test").at(T0).entities("DeepSeek", "R1").build())).containsExactly(
                new Route("AMD", "QQQ"), new Route("META", "QQQ"), new Route("MSFT", "QQQ"), new Route("NVDA", "QQQ"));
    }

    @Test
    void shouldKeepUniverseAndDefaultBenchmarkForIndexHeadlines() {
        HeadlineRouter router = new HeadlineRouter(demoRouting());
        assertThat(router.route(Headlines.id("h-test").at(T0).tickers("NVDA", "QQQ", "SPY", "AVGO").build())).containsExactly(
                new Route("NVDA", "QQQ"), new Route("QQQ", "SPY"), new Route("SPY", "SPY"));
        assertThat(router.route(Headlines.id("h-test").at(T0).entities("nvidia").build())).containsExactly(new Route("NVDA", "QQQ"));
    }
}
