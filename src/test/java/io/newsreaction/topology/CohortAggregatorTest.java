package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.CohortAccumulator;
import io.newsreaction.avro.CohortContribution;
import io.newsreaction.avro.CohortDelta;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.HorizonContribution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortAggregatorTest {
    private static final List<Duration> HORIZONS = List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1));
    private static final CohortKey KEY = new CohortKey(CohortDimension.KIND, "MODEL_RELEASE");

    @Test
    void aDeltaThatAddsBackWhatItRemovesLeavesTheSumsAndTheStatisticsAsTheyWere() {
        CohortAggregator aggregator = new CohortAggregator(HORIZONS);
        CohortContribution first = contribution(new Double[] {-0.021, 0.004, null}, true);
        CohortContribution second = contribution(new Double[] {0.013, -0.17, 0.052}, false);
        CohortAccumulator both = aggregator.apply(KEY, new CohortDelta(null, second),
                aggregator.apply(KEY, new CohortDelta(null, first), aggregator.empty()));

        CohortAccumulator again = aggregator.apply(KEY, new CohortDelta(first, first), both);

        assertThat(again.getHorizons()).isEqualTo(both.getHorizons());
        assertThat(aggregator.stats(KEY, again)).isEqualTo(aggregator.stats(KEY, both));
    }

    @Test
    void statisticsFromMemoryEqualThoseComputedAfresh() {
        CohortAggregator warm = new CohortAggregator(HORIZONS);
        CohortAccumulator accumulator = warm.empty();
        List<CohortAccumulator> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CohortContribution c = contribution(new Double[] {0.001 * i - 0.02, i % 3 == 0 ? null : -0.002 * i, 0.0005 * i}, i % 2 == 0);
            accumulator = warm.apply(KEY, new CohortDelta(null, c), accumulator);
            if (i % 5 == 4) {
                accumulator = warm.apply(KEY, new CohortDelta(c, null), accumulator);
            }
            steps.add(accumulator);
        }
        for (CohortAccumulator step : steps) {
            warm.stats(KEY, step);
        }
        for (CohortAccumulator step : steps) {
            assertThat(warm.stats(KEY, step)).isEqualTo(new CohortAggregator(HORIZONS).stats(KEY, step));
        }
    }

    private static CohortContribution contribution(Double[] abnormalReturns, boolean clean) {
        List<HorizonContribution> horizons = new ArrayList<>();
        for (Double ar : abnormalReturns) {
            horizons.add(new HorizonContribution(ar, ar == null ? null : ar * 40, ar == null ? null : 120, clean));
        }
        return new CohortContribution(horizons);
    }
}
