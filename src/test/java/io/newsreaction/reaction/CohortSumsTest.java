package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohortSumsTest {

    @Test
    void shouldComputeEveryStatisticAsWorkedByHand() {
        CohortSums sums = new CohortSums();
        sums.add(0.01, 1.0, 100);
        sums.add(-0.02, -2.0, 100);
        sums.add(0.03, 3.0, 50);

        CohortStatistics s = sums.statistics();

        // mean 0.02/3; squared deviations 1.1111e-5 + 7.1111e-4 + 5.4444e-4 = 1.26667e-3, /2 -> sd 0.0251661
        assertThat(s.n()).isEqualTo(3);
        assertThat(s.meanAbnormalReturn()).isCloseTo(0.0066666667, within(1e-10));
        assertThat(s.sdAbnormalReturn()).isCloseTo(0.0251661148, within(1e-9));
        assertThat(s.tCrossSectional()).isCloseTo(0.4588314677, within(1e-9));
        // two positive of three: (2 - 1.5) / (sqrt(3)/2)
        assertThat(s.positive()).isEqualTo(2);
        assertThat(s.signZ()).isCloseTo(0.5773502692, within(1e-9));
        // Patell: (1 - 2 + 3) / sqrt(98/96 + 98/96 + 48/46) = 2 / sqrt(3.0851449)
        assertThat(s.nStandardized()).isEqualTo(3);
        assertThat(s.patellZ()).isCloseTo(1.1386552, within(1e-6));
        // BMP: mean SAR 2/3, sd sqrt(12.6667/2) = 2.5166115, t = 0.6667/(2.5166115/sqrt 3)
        assertThat(s.bmpT()).isCloseTo(0.4588314677, within(1e-9));
    }

    @Test
    void shouldLeaveStatisticsNullWhereTheirRuleDoesNotApply() {
        CohortStatistics empty = new CohortSums().statistics();
        assertThat(empty.n()).isZero();
        assertThat(empty.meanAbnormalReturn()).isNull();
        assertThat(empty.signZ()).isNull();
        assertThat(empty.patellZ()).isNull();

        CohortSums one = new CohortSums();
        one.add(0.02, 1.5, 100);
        CohortStatistics single = one.statistics();
        assertThat(single.meanAbnormalReturn()).isEqualTo(0.02);
        assertThat(single.sdAbnormalReturn()).isNull();
        assertThat(single.tCrossSectional()).isNull();
        assertThat(single.signZ()).isEqualTo(1.0);
        assertThat(single.patellZ()).isCloseTo(1.5 / Math.sqrt(98.0 / 96.0), within(1e-12));
        assertThat(single.bmpT()).isNull();
    }

    @Test
    void shouldGiveNoTWhenEveryAbnormalReturnIsEqual() {
        CohortSums sums = new CohortSums();
        sums.add(0.01, 2.0, 100);
        sums.add(0.01, 2.0, 100);

        CohortStatistics s = sums.statistics();

        assertThat(s.sdAbnormalReturn()).isEqualTo(0.0);
        assertThat(s.tCrossSectional()).isNull();
        assertThat(s.bmpT()).isNull();
    }

    @Test
    void shouldStandardizeOnlyEventsWithASarAndMoreThanFourObservations() {
        CohortSums sums = new CohortSums();
        sums.add(0.01, 1.0, 4);
        sums.add(0.02, null, null);
        sums.add(-0.01, 2.0, 5);

        CohortStatistics s = sums.statistics();

        assertThat(s.n()).isEqualTo(3);
        assertThat(s.nStandardized()).isEqualTo(1);
        assertThat(s.patellZ()).isCloseTo(2.0 / Math.sqrt(3.0), within(1e-12));
        assertThat(s.bmpT()).isNull();
    }

    @Test
    void shouldNotDependOnOrderAndRetractExactly() {
        double[] ars = {0.1, 0.2, 0.3, -0.7e-3, 1e-17, 123.456};
        CohortSums forward = new CohortSums();
        CohortSums backward = new CohortSums();
        for (int i = 0; i < ars.length; i++) {
            forward.add(ars[i], ars[i] * 10, 100 + i);
            backward.add(ars[ars.length - 1 - i], ars[ars.length - 1 - i] * 10, 100 + ars.length - 1 - i);
        }
        CohortSums retracted = new CohortSums();
        retracted.add(99.9, 3.3, 77);
        for (int i = 0; i < ars.length; i++) {
            retracted.add(ars[i], ars[i] * 10, 100 + i);
        }
        retracted.subtract(99.9, 3.3, 77);

        assertThat(backward.statistics()).isEqualTo(forward.statistics());
        assertThat(retracted.statistics()).isEqualTo(forward.statistics());
        assertThat(retracted.sumAr()).isEqualByComparingTo(forward.sumAr());
    }
}
