package io.newsreaction.reaction;

import java.util.Objects;

/**
 * The market model {@code y = α + β·x + ε} fitted on a symbol's and its benchmark's interval
 * returns, or the market-adjusted fallback (α = 0, β = 1, no σ) when the data cannot support a fit.
 *
 * @param method       how the parameters were obtained
 * @param alpha        intercept per estimation interval
 * @param beta         slope on the benchmark return
 * @param sigma        residual standard deviation per interval; null for the fallback
 * @param observations number of valid intervals seen
 */
public record MarketModelFit(Method method, double alpha, double beta, Double sigma, int observations) {

    /** How the model parameters were obtained. */
    public enum Method {
        MARKET_MODEL,
        MARKET_ADJUSTED
    }

    public MarketModelFit {
        Objects.requireNonNull(method, "method");
    }

    /** The fallback: abnormal return = symbol return − benchmark return. */
    public static MarketModelFit marketAdjusted(int observations) {
        return new MarketModelFit(Method.MARKET_ADJUSTED, 0.0, 1.0, null, observations);
    }
}
