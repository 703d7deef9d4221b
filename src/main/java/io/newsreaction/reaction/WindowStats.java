package io.newsreaction.reaction;

/**
 * One pass over the ticks of {@code [t0, end_h]}: volume, VWAP, tick count, and the extremes of
 * {@code ln(p / Pref)}. Sums run in tick order so results are reproducible across implementations.
 */
final class WindowStats {

    private final double pref;
    private long volume;
    private double notional;
    private long tickCount;
    // Primitive (no boxing per new extreme); meaningful only once a tick was added.
    private double maxLogReturn = Double.NEGATIVE_INFINITY;
    private double minLogReturn = Double.POSITIVE_INFINITY;

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
        double logReturn = Math.log(tick.price() / pref);
        if (logReturn > maxLogReturn) {
            maxLogReturn = logReturn;
        }
        if (logReturn < minLogReturn) {
            minLogReturn = logReturn;
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
        return tickCount == 0 ? 0.0 : maxLogReturn;
    }

    double drawdown() {
        return tickCount == 0 ? 0.0 : minLogReturn;
    }
}
