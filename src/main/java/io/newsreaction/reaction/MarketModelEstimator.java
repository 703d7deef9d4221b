package io.newsreaction.reaction;

import java.util.List;

/**
 * Ordinary least squares of a symbol's interval log returns on its benchmark's, over the grid
 * {@code g_k = wall(tt(t0) - k·Δ)} (DESIGN §3). Grid index k runs backwards in time.
 */
public final class MarketModelEstimator {

    private MarketModelEstimator() {
    }

    /**
     * Fits the model on the intervals whose four grid prices exist; falls back to market-adjusted
     * when fewer than {@code minObservations} are valid or the benchmark returns do not vary.
     *
     * @param symbolGrid    {@code P(g_k)} of the symbol, k = 0..L, nulls where no price
     * @param benchmarkGrid the same for the benchmark
     */
    public static MarketModelFit fit(List<Double> symbolGrid, List<Double> benchmarkGrid, int minObservations) {
        int intervals = Math.min(symbolGrid.size(), benchmarkGrid.size()) - 1;
        double[] x = new double[Math.max(intervals, 0)];
        double[] y = new double[x.length];
        int n = 0;
        // Ascending time order (k = L-1 down to 0), so the sums match an implementation that walks
        // the grid forward in time.
        for (int k = intervals - 1; k >= 0; k--) {
            Double s0 = symbolGrid.get(k);
            Double s1 = symbolGrid.get(k + 1);
            Double b0 = benchmarkGrid.get(k);
            Double b1 = benchmarkGrid.get(k + 1);
            if (s0 != null && s1 != null && b0 != null && b1 != null) {
                y[n] = StrictMath.log(s0 / s1);
                x[n] = StrictMath.log(b0 / b1);
                n++;
            }
        }
        if (n < minObservations || allEqual(x, n)) {
            return MarketModelFit.marketAdjusted(n);
        }
        return ols(x, y, n);
    }

    private static MarketModelFit ols(double[] x, double[] y, int n) {
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            sumX += x[i];
            sumY += y[i];
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        if (sxx == 0) {
            return MarketModelFit.marketAdjusted(n);
        }
        double beta = sxy / sxx;
        double alpha = meanY - beta * meanX;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - alpha - beta * x[i];
            sse += residual * residual;
        }
        double sigma = StrictMath.sqrt(sse / (n - 2));
        return new MarketModelFit(MarketModelFit.Method.MARKET_MODEL, alpha, beta, sigma, n);
    }

    // Identical benchmark returns are zero variance even when rounding in the mean leaves Σ(x-x̄)²
    // a hair above zero.
    private static boolean allEqual(double[] values, int n) {
        for (int i = 1; i < n; i++) {
            if (values[i] != values[0]) {
                return false;
            }
        }
        return true;
    }
}
