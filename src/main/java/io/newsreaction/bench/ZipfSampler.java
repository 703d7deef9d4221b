package io.newsreaction.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks {@code 0..n-1} with probability proportional to {@code 1/(rank+1)^s}. */
public final class ZipfSampler {
    private final double[] cumulative;

    public ZipfSampler(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        cumulative[n - 1] = 1.0;
    }

    /** Probability of {@code rank}. */
    public double probability(int rank) {
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }

    public int size() {
        return cumulative.length;
    }

    public int sample(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
    }
}
