package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketModel;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ModelMethod;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/**
 * A market-model fit end to end through the topology: 40 five-minute intervals of AAA and its
 * benchmark BBB before the headline, built so that ordinary least squares recovers the chosen α
 * and β exactly (the residuals are orthogonal to a constant and to the benchmark returns), then
 * abnormal returns and z-scores per horizon against values worked out here from the formulas of
 * DESIGN §3.
 */
class MarketModelTopologyTest {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    private static final double ALPHA = 0.0002;
    private static final double BETA = 1.5;
    private static final int INTERVALS = 40;
    /** Benchmark interval log returns repeat with period 4: −1.5, −0.5, 0.5, 1.5 (×0.001). */
    private static final double[] MARKET = {-0.0015, -0.0005, 0.0005, 0.0015};
    /** Residuals with period 4; they sum to 0 and to 0 against {@link #MARKET}. */
    private static final double[] RESIDUAL = {0.0005, -0.0005, -0.0005, 0.0005};

    private static ReactionSettings settings() {
        return new ReactionSettings(new TwentyFourSevenCalendar(), List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(14));
    }

    @Test
    void shouldFitTheMarketModelOnTheGridAndScoreEachHorizon() {
        List<SpecificRecord> input = new ArrayList<>(estimationTicks());
        double targetAtT0 = price(100.0, 0, true);
        double benchmarkAtT0 = price(50.0, 0, false);
        input.add(Headlines.id("h1").at(T0).tickers("AAA").build());
        input.add(TickRecords.of("AAA").at(T0.plusSeconds(30)).price(targetAtT0 * 1.03).size(10).build());
        input.add(TickRecords.of("BBB").at(T0.plusSeconds(40)).price(benchmarkAtT0 * 1.01).size(10).build());
        input.add(TickRecords.of("AAA").at(T0.plus(Duration.ofMinutes(7))).price(targetAtT0).size(1).build());
        input.add(TickRecords.of("BBB").at(T0.plus(Duration.ofMinutes(7))).price(benchmarkAtT0).size(1).build());

        List<KeyValue<io.newsreaction.avro.ReactionKey, MarketReaction>> out;
        try (TopologyFixture fixture = new TopologyFixture(settings(), new RoutingSettings(Set.of(), "SPY",
                Map.of("AAA", "BBB"), Map.of()))) {
            out = fixture.pipe(input).output();
        }

        MarketReaction last = out.get(out.size() - 1).value;
        assertThat(last.getStatus()).isEqualTo(ReactionStatus.FINAL);
        assertThat(last.getReferencePrice()).isEqualTo(targetAtT0);
        MarketModel model = last.getMarketModel();
        assertThat(model.getMethod()).isEqualTo(ModelMethod.MARKET_MODEL);
        assertThat(model.getObservations()).isEqualTo(INTERVALS);
        assertThat(model.getAlpha()).isCloseTo(ALPHA, within(1e-12));
        assertThat(model.getBeta()).isCloseTo(BETA, within(1e-9));
        // σ² = Σε² / (n − 2) with ε² = 0.0005² in every interval
        double sigma = 0.0005 * Math.sqrt((double) INTERVALS / (INTERVALS - 2));
        assertThat(model.getSigma()).isCloseTo(sigma, within(1e-12));

        double r = Math.log(1.03);
        double rb = Math.log(1.01);
        HorizonReaction m1 = last.getHorizons().get(0);
        HorizonReaction m5 = last.getHorizons().get(1);
        // h/Δ = 1/5 for PT1M and 1 for PT5M
        double ar1 = r - (ALPHA * 0.2 + BETA * rb);
        double ar5 = r - (ALPHA * 1.0 + BETA * rb);
        assertThat(m1.getLogReturn()).isCloseTo(r, within(1e-12));
        assertThat(m1.getBenchmarkLogReturn()).isCloseTo(rb, within(1e-12));
        assertThat(m1.getAbnormalReturn()).isCloseTo(ar1, within(1e-10));
        assertThat(m1.getZScore()).isCloseTo(ar1 / (sigma * Math.sqrt(0.2)), within(1e-6));
        assertThat(m5.getAbnormalReturn()).isCloseTo(ar5, within(1e-10));
        assertThat(m5.getZScore()).isCloseTo(ar5 / sigma, within(1e-6));
        assertThat(m5.getZScore()).as("a 3 % move on a 1 % benchmark move is far outside the fitted noise").isGreaterThan(20);
        assertThat(out).allSatisfy(kv -> assertThat(kv.value.getMarketModel()).isEqualTo(model));
    }

    /**
     * One tick of each symbol a second before every grid point {@code g_k = T0 − k·5 min},
     * k = 0..40, so that {@code P(g_k)} is that tick and interval k (from g_(k+1) to g_k) has the
     * benchmark return {@code MARKET[k % 4]} and the target return {@code α + β·MARKET[k % 4] + RESIDUAL[k % 4]}.
     */
    private static List<SpecificRecord> estimationTicks() {
        List<SpecificRecord> ticks = new ArrayList<>();
        for (int k = INTERVALS; k >= 0; k--) {
            Instant at = T0.minus(Duration.ofMinutes(5L * k)).minusSeconds(1);
            ticks.add(TickRecords.of("AAA").at(at).price(price(100.0, k, true)).size(1).build());
            ticks.add(TickRecords.of("BBB").at(at).price(price(50.0, k, false)).size(1).build());
        }
        return ticks;
    }

    /** The price at grid point k, starting from {@code first} at the oldest point k = 40. */
    private static double price(double first, int k, boolean target) {
        double logPrice = Math.log(first);
        for (int i = INTERVALS - 1; i >= k; i--) {
            double market = MARKET[i % 4];
            logPrice += target ? ALPHA + BETA * market + RESIDUAL[i % 4] : market;
        }
        return Math.exp(logPrice);
    }
}
