package io.newsreaction.reaction;

import java.time.Duration;

/** Abnormal returns and their z-scores under a fitted {@link MarketModelFit} (DESIGN §3). */
public final class EventStudy {

    private EventStudy() {
    }

    /** {@code AR_h = R_h - (α·h/Δ + β·Rb_h)}, with h/Δ the ratio of trading milliseconds. */
    public static double abnormalReturn(MarketModelFit fit, double r, double rb, Duration h, Duration delta) {
        return r - (fit.alpha() * intervals(h, delta) + fit.beta() * rb);
    }

    /** {@code AR_h / (σ·sqrt(h/Δ))}, or null when the fit has no σ or σ is 0. */
    public static Double zScore(MarketModelFit fit, double abnormalReturn, Duration h, Duration delta) {
        Double sigma = fit.sigma();
        if (sigma == null || sigma == 0.0) {
            return null;
        }
        return abnormalReturn / (sigma * StrictMath.sqrt(intervals(h, delta)));
    }

    private static double intervals(Duration h, Duration delta) {
        return (double) h.toMillis() / (double) delta.toMillis();
    }
}
