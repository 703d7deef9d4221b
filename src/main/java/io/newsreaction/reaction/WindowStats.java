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
    private Double maxLogReturn;
    private Double minLogReturn;

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
        if (maxLogReturn == null || logReturn > maxLogReturn) {
            maxLogReturn = logReturn;
        }
        if (minLogReturn == null || logReturn < minLogReturn) {
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
        return maxLogReturn == null ? 0.0 : maxLogReturn;
    }

    double drawdown() {
        return minLogReturn == null ? 0.0 : minLogReturn;
    }
}
