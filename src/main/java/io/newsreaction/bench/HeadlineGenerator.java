package io.newsreaction.bench;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.market.TradingCalendar;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Bench headlines: each names 1–5 distinct stocks as explicit tickers, picked by Zipf popularity
 * (news follows the hot names). Four in five are published in session (uniform in trading time),
 * the rest at any wall time in the span (nights, weekends). One in ten has MINUTE precision.
 */
final class HeadlineGenerator {
    static final int MAX_TICKERS = 5;
    private static final HeadlineKind[] KINDS = HeadlineKind.values();

    private final BenchUniverse universe;
    private final TradingCalendar calendar;
    private final SplittableRandom random;
    private final ZipfSampler popularity;

    HeadlineGenerator(BenchUniverse universe, TradingCalendar calendar, SplittableRandom random) {
        this.universe = universe;
        this.calendar = calendar;
        this.random = random;
        this.popularity = new ZipfSampler(universe.stocks().size(), LoadGenerator.ZIPF_EXPONENT);
    }

    List<Headline> generate(int count, long fromTradingTime, long toTradingTime) {
        List<Headline> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(headline(i, publishedAt(fromTradingTime, toTradingTime)));
        }
        out.sort(Comparator.comparing(Headline::getPublishedAt).thenComparing(Headline::getId));
        return out;
    }

    private long publishedAt(long fromTradingTime, long toTradingTime) {
        long span = Math.max(1, toTradingTime - fromTradingTime);
        if (random.nextInt(5) > 0) {
            return calendar.wall(fromTradingTime + random.nextLong(span));
        }
        long from = calendar.wall(fromTradingTime);
        return from + random.nextLong(Math.max(1, calendar.wall(toTradingTime) - from));
    }

    private Headline headline(int index, long publishedAt) {
        boolean minute = random.nextInt(10) == 0;
        Instant at = Instant.ofEpochMilli(publishedAt);
        List<String> tickers = tickers();
        return Headline.newBuilder()
                .setId(String.format(Locale.ROOT, "bench-%06d", index))
                .setPublishedAt(minute ? at.truncatedTo(ChronoUnit.MINUTES) : at.truncatedTo(ChronoUnit.SECONDS))
                .setTimePrecision(minute ? TimePrecision.MINUTE : TimePrecision.SECOND)
                .setSource("bench")
                .setKind(KINDS[random.nextInt(KINDS.length)])
                .setActor(random.nextInt(3) == 0 ? "Analyst " + (char) ('A' + random.nextInt(26)) : null)
                .setTitle("Bench headline " + index + " on " + String.join(", ", tickers))
                .setTickers(tickers)
                .setEntities(List.of())
                .setUrl(null)
                .build();
    }

    private List<String> tickers() {
        int n = 1 + random.nextInt(Math.min(MAX_TICKERS, universe.stocks().size()));
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < n) {
            picked.add(universe.stocks().get(popularity.sample(random)));
        }
        return List.copyOf(picked);
    }
}
