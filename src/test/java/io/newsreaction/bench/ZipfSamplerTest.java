package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

    @Test
    void shouldFollowInversePowerOfRank() {
        ZipfSampler zipf = new ZipfSampler(500, 1.1);

        assertThat(zipf.probability(0) / zipf.probability(1)).isCloseTo(Math.pow(2, 1.1), Offset.offset(1e-9));
        double total = 0;
        for (int k = 0; k < zipf.size(); k++) {
            total += zipf.probability(k);
        }
        assertThat(total).isCloseTo(1.0, Offset.offset(1e-9));
    }

    @Test
    void shouldSampleRanksWithTheirProbabilities() {
        ZipfSampler zipf = new ZipfSampler(100, 1.1);
        SplittableRandom random = new SplittableRandom(1);
        int[] counts = new int[100];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            counts[zipf.sample(random)]++;
        }
        assertThat(counts[0] / (double) n).isCloseTo(zipf.probability(0), Offset.offset(0.005));
        assertThat(counts[9] / (double) n).isCloseTo(zipf.probability(9), Offset.offset(0.003));
        assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(counts[99]);
    }
}
