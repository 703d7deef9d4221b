package io.newsreaction.report;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.Tick;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * Everything the HTML report is drawn from: reactions, the ticks behind the charts, each symbol's
 * benchmark, the headlines, and the chart window {@code [from, to)}.
 *
 * <p>{@code inSession} filters chart ticks by epoch millis (e.g. {@code calendar::isInSession}) so
 * pre- and post-market prints stay off the chart, as they stay out of reactions.
 */
public record ReportInput(
        List<MarketReaction> reactions,
        Map<String, List<Tick>> ticksBySymbol,
        Map<String, String> benchmarkBySymbol,
        List<Headline> headlines,
        Instant from,
        Instant to,
        LongPredicate inSession) {

    /** Start of the DeepSeek-week chart window. */
    public static final Instant DEFAULT_FROM = Instant.parse("2025-01-24T00:00:00Z");
    /** End (exclusive) of the DeepSeek-week chart window. */
    public static final Instant DEFAULT_TO = Instant.parse("2025-01-30T00:00:00Z");

    private static final LongPredicate EVERY_TICK = ts -> true;

    public ReportInput {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(inSession, "inSession");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("chart window must not be empty: " + from + " .. " + to);
        }
        reactions = List.copyOf(reactions);
        ticksBySymbol = copyTicks(ticksBySymbol);
        benchmarkBySymbol = Collections.unmodifiableSortedMap(new TreeMap<>(benchmarkBySymbol));
        headlines = List.copyOf(headlines);
    }

    /** The default window, every tick charted. */
    public static ReportInput of(List<MarketReaction> reactions, Map<String, List<Tick>> ticksBySymbol,
                                 Map<String, String> benchmarkBySymbol, List<Headline> headlines) {
        return new ReportInput(reactions, ticksBySymbol, benchmarkBySymbol, headlines,
                DEFAULT_FROM, DEFAULT_TO, EVERY_TICK);
    }

    /** This input charting only ticks for which {@code filter} holds. */
    public ReportInput withSessionFilter(LongPredicate filter) {
        return new ReportInput(reactions, ticksBySymbol, benchmarkBySymbol, headlines, from, to, filter);
    }

    private static Map<String, List<Tick>> copyTicks(Map<String, List<Tick>> ticks) {
        TreeMap<String, List<Tick>> copy = new TreeMap<>();
        ticks.forEach((symbol, list) -> copy.put(symbol, List.copyOf(list)));
        return Collections.unmodifiableSortedMap(copy);
    }
}
