package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventStudyTest {

    private static final Duration DELTA = Duration.ofMinutes(5);
    private static final MarketModelFit FIT =
            new MarketModelFit(MarketModelFit.Method.MARKET_MODEL, 0.001, 1.2, 0.002, 390);

    @Test
    void shouldSubtractTheModelReturnScaledByHorizon() {
        // h/Δ = 6: expected return 0.001·6 + 1.2·(-0.03) = -0.03, so AR = -0.05 - (-0.03) = -0.02.
        double ar = EventStudy.abnormalReturn(FIT, -0.05, -0.03, Duration.ofMinutes(30), DELTA);
        assertThat(ar).isCloseTo(-0.02, within(1e-15));
        assertThat(EventStudy.zScore(FIT, ar, Duration.ofMinutes(30), DELTA))
                .isCloseTo(-0.02 / (0.002 * StrictMath.sqrt(6)), within(1e-12));
    }

    @Test
    void shouldUseAFractionalIntervalRatioForShortHorizons() {
        // h/Δ = 0.2: expected return 0.0002 + 1.2·0.01 = 0.0122.
        double ar = EventStudy.abnormalReturn(FIT, 0.02, 0.01, Duration.ofMinutes(1), DELTA);
        assertThat(ar).isCloseTo(0.0078, within(1e-15));
    }

    @Test
    void shouldReduceToTheReturnDifferenceWhenMarketAdjusted() {
        MarketModelFit adjusted = MarketModelFit.marketAdjusted(12);
        double ar = EventStudy.abnormalReturn(adjusted, -0.05, -0.03, Duration.ofMinutes(30), DELTA);
        assertThat(ar).isEqualTo(-0.05 - -0.03);
        assertThat(EventStudy.zScore(adjusted, ar, Duration.ofMinutes(30), DELTA)).isNull();
    }

    @Test
    void shouldLeaveZScoreNullWhenSigmaIsZero() {
        MarketModelFit perfect = new MarketModelFit(MarketModelFit.Method.MARKET_MODEL, 0.0, 1.0, 0.0, 40);
        assertThat(EventStudy.zScore(perfect, 0.01, Duration.ofMinutes(30), DELTA)).isNull();
    }
}
