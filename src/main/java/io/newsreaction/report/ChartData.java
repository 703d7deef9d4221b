package io.newsreaction.report;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One symbol's chart, ready to draw: 5-minute buckets that hold ticks (closed-market gaps vanish),
 * the symbol's and its benchmark's last price per bucket indexed to 100, and the headline markers.
 *
 * @param buckets   start of each bucket with a tick of either series, ascending; x = position here
 * @param symbol    indexed symbol price per bucket, {@code null} before its first tick
 * @param benchmark indexed benchmark price per bucket, {@code null} before its first tick or if none
 */
record ChartData(String symbolName, String benchmarkName, List<Instant> buckets,
                 List<Double> symbol, List<Double> benchmark, List<Marker> markers) {

    static final Duration BUCKET = Duration.ofMinutes(5);

    /** A headline drawn at bucket {@code index}: the bucket holding its time, or the next one with ticks. */
    record Marker(int index, String label) {
    }

    /** Builds the chart of {@code symbol} against {@code benchmark} (may be null), marking its {@code reactions}. */
    static ChartData of(ReportInput input, String symbol, String benchmark, List<MarketReaction> reactions) {
        NavigableMap<Long, Double> own = lastPerBucket(input, symbol);
        NavigableMap<Long, Double> bench = benchmark == null ? new TreeMap<>() : lastPerBucket(input, benchmark);
        Set<Long> keys = new TreeSet<>(own.keySet());
        keys.addAll(bench.keySet());
        List<Instant> buckets = new ArrayList<>();
        for (long key : keys) {
            buckets.add(input.from().plus(BUCKET.multipliedBy(key)));
        }
        return new ChartData(symbol, benchmark, List.copyOf(buckets), indexed(keys, own), indexed(keys, bench),
                markers(input, symbol, buckets, reactions));
    }

    boolean isEmpty() {
        return buckets.isEmpty();
    }

    /** Last price per bucket number: later timestamp wins, input order breaks ties. */
    private static NavigableMap<Long, Double> lastPerBucket(ReportInput input, String symbol) {
        long from = input.from().toEpochMilli();
        long to = input.to().toEpochMilli();
        long width = BUCKET.toMillis();
        NavigableMap<Long, Double> prices = new TreeMap<>();
        Map<Long, Long> times = new TreeMap<>();
        for (Tick tick : input.ticksBySymbol().getOrDefault(symbol, List.of())) {
            long ts = tick.getTs().toEpochMilli();
            if (ts < from || ts >= to || !input.inSession().test(ts)) {
                continue;
            }
            long key = (ts - from) / width;
            Long seen = times.get(key);
            if (seen == null || ts >= seen) {
                times.put(key, ts);
                prices.put(key, tick.getPrice());
            }
        }
        return prices;
    }

    /** Carries the last price forward over buckets where only the other series traded; 100 = first price. */
    private static List<Double> indexed(Set<Long> keys, NavigableMap<Long, Double> prices) {
        List<Double> out = new ArrayList<>();
        Double base = prices.isEmpty() ? null : prices.firstEntry().getValue();
        Double last = null;
        for (long key : keys) {
            last = prices.getOrDefault(key, last);
            out.add(last == null ? null : 100.0 * last / base);
        }
        return Collections.unmodifiableList(out);
    }

    private static List<Marker> markers(ReportInput input, String symbol, List<Instant> buckets,
                                        List<MarketReaction> reactions) {
        List<Marker> markers = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (MarketReaction reaction : reactions) {
            Instant at = reaction.getPublishedAt();
            if (!reaction.getSymbol().equals(symbol) || !seen.add(reaction.getHeadlineId())
                    || at.isBefore(input.from()) || !at.isBefore(input.to())) {
                continue;
            }
            int index = firstBucketEndingAfter(buckets, at);
            if (index < buckets.size()) {
                markers.add(new Marker(index, label(reaction)));
            }
        }
        return List.copyOf(markers);
    }

    private static int firstBucketEndingAfter(List<Instant> buckets, Instant at) {
        int index = 0;
        while (index < buckets.size() && !buckets.get(index).plus(BUCKET).isAfter(at)) {
            index++;
        }
        return index;
    }

    private static String label(MarketReaction reaction) {
        String actor = Cells.text(reaction.getActor());
        String who = actor.isEmpty() ? "" : actor + ": ";
        return Cells.published(reaction.getPublishedAt()) + " UTC  " + who + Cells.text(reaction.getTitle());
    }
}
