package io.newsreaction.reaction;

/**
 * One pass over the ticks of {@code [t0, end_h]}: volume, VWAP, tick count, and the extremes of
 * {@code ln(p / Pref)}. Sums run in tick order so results are reproducible across implementations.
 *
 * <p>The extremes are taken of the prices and the logarithm once at the end: {@code p / Pref}
 * (correctly rounded) is monotone in {@code p} and {@link Math#log} is semi-monotonic, so
 * {@code ln(max p / Pref)} is exactly the largest {@code ln(p / Pref)} over the ticks, bit for bit,
 * without a logarithm per tick.
 */
final class WindowStats {

    private final double pref;
    private long volume;
    private double notional;
    private long tickCount;
    // Meaningful only once a tick was added.
    private double maxPrice = Double.NEGATIVE_INFINITY;
    private double minPrice = Double.POSITIVE_INFINITY;

    private WindowStats(double pref) {
        this.pref = pref;
    }

    static WindowStats over(PriceHistory history, long from, long to, double pref) {
        WindowStats stats = new WindowStats(pref);
        history.forEachBetween(from, to, stats::add);
        return stats;
    }

    private void add(PricePoint tick) {
        volume += tick.size();
        notional += tick.price() * tick.size();
        tickCount++;
        double price = tick.price();
        if (price > maxPrice) {
            maxPrice = price;
        }
        if (price < minPrice) {
            minPrice = price;
        }
    }

    long volume() {
        return volume;
    }

    Double vwap() {
        return volume == 0 ? null : notional / volume;
    }

    long tickCount() {
        return tickCount;
    }

    double runUp() {
        return tickCount == 0 ? 0.0 : StrictMath.log(maxPrice / pref);
    }

    double drawdown() {
        return tickCount == 0 ? 0.0 : StrictMath.log(minPrice / pref);
    }
}
