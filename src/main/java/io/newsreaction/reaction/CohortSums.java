package io.newsreaction.reaction;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exact sums of one cohort block (DESIGN §7): the abnormal returns of its events, their squares,
 * the standardized abnormal returns and the Patell variance terms, each added as the exact value
 * of its double. Addition and subtraction are exact, so the sums — and the statistics rounded once
 * from them — do not depend on the order in which events arrive or leave. Pure: no Kafka.
 */
public final class CohortSums {
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private long n;
    private long positive;
    private BigDecimal sumAr = BigDecimal.ZERO;
    private BigDecimal sumArSquared = BigDecimal.ZERO;
    private long standardized;
    private BigDecimal sumSar = BigDecimal.ZERO;
    private BigDecimal sumSarSquared = BigDecimal.ZERO;
    private BigDecimal sumPatellVariance = BigDecimal.ZERO;

    public CohortSums() {
    }

    /** Sums as stored; the decimals are exact values. */
    public CohortSums(long n, long positive, BigDecimal sumAr, BigDecimal sumArSquared,
            long standardized, BigDecimal sumSar, BigDecimal sumSarSquared, BigDecimal sumPatellVariance) {
        this.n = n;
        this.positive = positive;
        this.sumAr = sumAr;
        this.sumArSquared = sumArSquared;
        this.standardized = standardized;
        this.sumSar = sumSar;
        this.sumSarSquared = sumSarSquared;
        this.sumPatellVariance = sumPatellVariance;
    }

    /** Adds one event: its abnormal return, and its SAR and model observations (either may be null). */
    public void add(double abnormalReturn, Double sar, Integer observations) {
        apply(abnormalReturn, sar, observations, 1);
    }

    /** Removes an event added before with the same values; exact, so the sums are as if it never came. */
    public void subtract(double abnormalReturn, Double sar, Integer observations) {
        apply(abnormalReturn, sar, observations, -1);
    }

    private void apply(double abnormalReturn, Double sar, Integer observations, int sign) {
        BigDecimal ar = new BigDecimal(abnormalReturn);
        n += sign;
        positive += abnormalReturn > 0 ? sign : 0;
        sumAr = sumAr.add(signed(ar, sign));
        sumArSquared = sumArSquared.add(signed(ar.multiply(ar), sign));
        if (sar != null && observations != null && observations > 4) {
            BigDecimal s = new BigDecimal(sar);
            standardized += sign;
            sumSar = sumSar.add(signed(s, sign));
            sumSarSquared = sumSarSquared.add(signed(s.multiply(s), sign));
            sumPatellVariance = sumPatellVariance.add(signed(patellVariance(observations), sign));
        }
    }

    /** {@code (M-2)/(M-4)}, the variance of a SAR estimated from M observations, exactly as a fraction rounded once. */
    static BigDecimal patellVariance(int observations) {
        return BigDecimal.valueOf(observations - 2L).divide(BigDecimal.valueOf(observations - 4L), PRECISION);
    }

    private static BigDecimal signed(BigDecimal value, int sign) {
        return sign < 0 ? value.negate() : value;
    }

    /** The block's statistics, each rounded once from the exact sums. */
    public CohortStatistics statistics() {
        Double mean = n == 0 ? null : round(sumAr.divide(BigDecimal.valueOf(n), PRECISION));
        BigDecimal spread = spread(n, sumAr, sumArSquared);
        Double sd = n < 2 ? null : round(spread.divide(BigDecimal.valueOf(n), PRECISION).sqrt(PRECISION));
        Double t = n < 2 || spread.signum() == 0 ? null : round(sumAr.divide(spread.sqrt(PRECISION), PRECISION));
        Double signZ = n == 0 ? null : (2.0 * positive - n) / StrictMath.sqrt(n);
        Double patell = standardized == 0 ? null
                : round(sumSar.divide(sumPatellVariance.sqrt(PRECISION), PRECISION));
        BigDecimal sarSpread = spread(standardized, sumSar, sumSarSquared);
        Double bmp = standardized < 2 || sarSpread.signum() == 0 ? null
                : round(sumSar.divide(sarSpread.sqrt(PRECISION), PRECISION));
        return new CohortStatistics(n, mean, sd, t, positive, signZ, standardized, patell, bmp);
    }

    /**
     * {@code n·Σ(x-x̄)²/(n-1)}, i.e. {@code (n·Σx² - (Σx)²)/(n-1)}, from exact sums; zero when
     * {@code n < 2}. With it, {@code sd = sqrt(spread/n)} and {@code mean/(sd/√n) = Σx/sqrt(spread)}.
     */
    private static BigDecimal spread(long count, BigDecimal sum, BigDecimal sumSquares) {
        if (count < 2) {
            return BigDecimal.ZERO;
        }
        BigDecimal numerator = sumSquares.multiply(BigDecimal.valueOf(count)).subtract(sum.multiply(sum));
        return numerator.signum() <= 0 ? BigDecimal.ZERO : numerator.divide(BigDecimal.valueOf(count - 1), PRECISION);
    }

    /** Rounds to the nearest double; {@code Double.parseDouble} is correctly rounded on every JVM. */
    private static double round(BigDecimal value) {
        return Double.parseDouble(value.toString());
    }

    public long n() {
        return n;
    }

    public long positive() {
        return positive;
    }

    public BigDecimal sumAr() {
        return sumAr;
    }

    public BigDecimal sumArSquared() {
        return sumArSquared;
    }

    public long standardized() {
        return standardized;
    }

    public BigDecimal sumSar() {
        return sumSar;
    }

    public BigDecimal sumSarSquared() {
        return sumSarSquared;
    }

    public BigDecimal sumPatellVariance() {
        return sumPatellVariance;
    }
}
