package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketModelEstimatorTest {

    private static final double LN2 = StrictMath.log(2);

    // Grid index k runs back in time. Oldest to newest, the benchmark doubles 1, 2, 3, 4 times per
    // interval (x = 1, 2, 3, 4 in units of ln 2) and the symbol 2, 3, 5, 6 times (y = 2, 3, 5, 6).
    // By hand: x̄ = 2.5, ȳ = 4, Σ(x-x̄)(y-ȳ) = 7, Σ(x-x̄)² = 5, β = 1.4, α = 4 - 1.4·2.5 = 0.5;
    // residuals 0.1, -0.3, 0.3, -0.1, so σ² = 0.2 / (4 - 2) = 0.1 (α and σ in units of ln 2).
    private static final List<Double> BENCHMARK = List.of(1024.0, 64.0, 8.0, 2.0, 1.0);
    private static final List<Double> SYMBOL = List.of(65536.0, 1024.0, 32.0, 4.0, 1.0);

    @Test
    void shouldFitOrdinaryLeastSquares() {
        MarketModelFit fit = MarketModelEstimator.fit(SYMBOL, BENCHMARK, 3);
        assertThat(fit.method()).isEqualTo(MarketModelFit.Method.MARKET_MODEL);
        assertThat(fit.observations()).isEqualTo(4);
        assertThat(fit.beta()).isCloseTo(1.4, within(1e-12));
        assertThat(fit.alpha()).isCloseTo(0.5 * LN2, within(1e-12));
        assertThat(fit.sigma()).isCloseTo(StrictMath.sqrt(0.1) * LN2, within(1e-12));
    }

    @Test
    void shouldSkipIntervalsWithAMissingPrice() {
        List<Double> benchmark = Arrays.asList(1024.0, 64.0, 8.0, 2.0, 1.0, null, 3.0);
        List<Double> symbol = Arrays.asList(65536.0, 1024.0, 32.0, 4.0, 1.0, 7.0, 5.0);
        MarketModelFit fit = MarketModelEstimator.fit(symbol, benchmark, 3);
        assertThat(fit.observations()).isEqualTo(4);
        assertThat(fit.beta()).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void shouldFallBackToMarketAdjustedWithTooFewObservations() {
        assertThat(MarketModelEstimator.fit(SYMBOL, BENCHMARK, 5)).isEqualTo(MarketModelFit.marketAdjusted(4));
        assertThat(MarketModelFit.marketAdjusted(4))
                .isEqualTo(new MarketModelFit(MarketModelFit.Method.MARKET_ADJUSTED, 0.0, 1.0, null, 4));
    }

    @Test
    void shouldFallBackToMarketAdjustedWhenTheBenchmarkDoesNotVary() {
        List<Double> flat = List.of(100.0, 100.0, 100.0, 100.0, 100.0);
        assertThat(MarketModelEstimator.fit(SYMBOL, flat, 3)).isEqualTo(MarketModelFit.marketAdjusted(4));
        List<Double> steady = List.of(16.0, 8.0, 4.0, 2.0, 1.0);
        assertThat(MarketModelEstimator.fit(SYMBOL, steady, 3)).isEqualTo(MarketModelFit.marketAdjusted(4));
    }
}
