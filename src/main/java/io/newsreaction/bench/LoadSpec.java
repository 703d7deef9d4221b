package io.newsreaction.bench;

/**
 * What the load generator makes: how many symbols, ticks and headlines, from which seed, and how
 * densely ticks fall in trading time (which fixes how many trading days the ticks span).
 *
 * @param symbols     symbols in the universe, benchmark ETFs included
 * @param ticks       ticks in total
 * @param headlines   headlines in total
 * @param seed        seed of every random choice
 * @param ticksPerDay ticks per full trading session
 */
public record LoadSpec(int symbols, long ticks, int headlines, long seed, long ticksPerDay) {
    public static final int DEFAULT_SYMBOLS = 500;
    public static final long DEFAULT_TICKS = 5_000_000L;
    public static final long QUICK_TICKS = 1_000_000L;
    public static final int DEFAULT_HEADLINES = 5_000;
    public static final int QUICK_HEADLINES = 1_000;
    public static final long DEFAULT_SEED = 42L;
    /** 100,000 ticks per session: 1M ticks span 10 sessions, past the 5-session estimation window. */
    public static final long DEFAULT_TICKS_PER_DAY = 100_000L;

    public LoadSpec {
        if (symbols < BenchUniverse.ETFS.size() + 1) {
            throw new IllegalArgumentException("symbols must be at least " + (BenchUniverse.ETFS.size() + 1) + ": " + symbols);
        }
        if (ticks < 1) {
            throw new IllegalArgumentException("ticks must be positive: " + ticks);
        }
        if (headlines < 0) {
            throw new IllegalArgumentException("headlines must not be negative: " + headlines);
        }
        if (ticksPerDay < 1) {
            throw new IllegalArgumentException("ticks per day must be positive: " + ticksPerDay);
        }
    }

    /** Trading sessions the ticks span (at least one). */
    public long tradingDays() {
        return Math.max(1, (ticks + ticksPerDay - 1) / ticksPerDay);
    }
}
