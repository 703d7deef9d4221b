package io.newsreaction.bench;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.market.TradingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Deterministic bench load: the same {@link LoadSpec} (seed included) gives the same ticks and
 * headlines, record for record. Ticks are evenly spaced in trading time over
 * {@link LoadSpec#tradingDays()} XNYS sessions from {@link #FIRST_SESSION}, in time order; each
 * picks its symbol by Zipf(1.1) popularity, so the benchmark ETFs and a few stocks get most ticks.
 * Prices follow a random walk with a common market factor (log-normal, so always positive).
 */
public final class LoadGenerator {
    public static final LocalDate FIRST_SESSION = LocalDate.of(2025, 2, 3);
    public static final double ZIPF_EXPONENT = 1.1;
    private static final long SESSION_MS = Duration.ofMinutes(390).toMillis();
    private static final double MARKET_STEP = 0.0003;
    private static final double IDIOSYNCRATIC_STEP = 0.0008;

    private final LoadSpec spec;
    private final TradingCalendar calendar;
    private final BenchUniverse universe;
    private final long tradingStart;
    private final long tradingSpan;

    public LoadGenerator(LoadSpec spec, TradingCalendar calendar) {
        this.spec = spec;
        this.calendar = calendar;
        this.universe = new BenchUniverse(spec.symbols());
        this.tradingStart = calendar.tradingTime(calendar.sessionOpen(FIRST_SESSION));
        this.tradingSpan = spec.tradingDays() * SESSION_MS;
    }

    public BenchUniverse universe() {
        return universe;
    }

    /** Trading time just after the last tick. */
    public long tradingEnd() {
        return tradingStart + tradingSpan;
    }

    /** Trading time of tick {@code index}. */
    public long tradingTimeOf(long index) {
        return tradingStart + Math.floorDiv(index * tradingSpan, spec.ticks());
    }

    /** How many ticks {@link #ticks()} yields. */
    public long tickCount() {
        return spec.ticks();
    }

    /** Every tick, in time order; a fresh iterator starts the same sequence again. */
    public Iterator<Tick> ticks() {
        return new TickIterator();
    }

    /** The spec's headlines, published over the whole tick span, in publication order. */
    public List<Headline> headlines() {
        return headlines(spec.headlines(), tradingStart, tradingEnd());
    }

    /** {@code count} headlines published between two trading times, in publication order. */
    public List<Headline> headlines(int count, long fromTradingTime, long toTradingTime) {
        return new HeadlineGenerator(universe, calendar, new SplittableRandom(spec.seed() ^ 0x5DEECE66DL))
                .generate(count, fromTradingTime, toTradingTime);
    }

    /** Walks prices tick by tick; one random source, so the sequence depends on the seed only. */
    private final class TickIterator implements Iterator<Tick> {
        private final SplittableRandom random = new SplittableRandom(spec.seed());
        private final ZipfSampler popularity = new ZipfSampler(spec.symbols(), ZIPF_EXPONENT);
        private final double[] basePrice = new double[spec.symbols()];
        private final double[] beta = new double[spec.symbols()];
        private final double[] walk = new double[spec.symbols()];
        private double market;
        private long next;

        TickIterator() {
            SplittableRandom init = new SplittableRandom(spec.seed() * 31 + 7);
            for (int s = 0; s < basePrice.length; s++) {
                basePrice[s] = Math.log(10 + init.nextDouble() * 490);
                beta[s] = s < BenchUniverse.ETFS.size() ? 0.9 + 0.2 * init.nextDouble() : 0.4 + 1.2 * init.nextDouble();
            }
        }

        @Override
        public boolean hasNext() {
            return next < spec.ticks();
        }

        @Override
        public Tick next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long ts = calendar.wall(tradingTimeOf(next++));
            int s = popularity.sample(random);
            market += MARKET_STEP * random.nextGaussian();
            walk[s] += IDIOSYNCRATIC_STEP * random.nextGaussian();
            double price = Math.exp(basePrice[s] + beta[s] * market + walk[s]);
            long size = 1 + random.nextInt(20) * (1 + random.nextInt(50));
            return new Tick(universe.symbols().get(s), Instant.ofEpochMilli(ts), Math.round(price * 10_000) / 10_000.0, size, null);
        }
    }
}
