package io.newsreaction.replay;

import io.newsreaction.market.TradingCalendar;
import io.newsreaction.reaction.ReactionSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plans a replay from the reaction settings and what Kafka reports about the input partitions. Pure:
 * the Kafka lookups happen elsewhere ({@link OffsetSnapshots}).
 *
 * <p>Ticks: a reaction of a headline anchored at {@code t0} reads prices back to the market-model
 * grid start {@code wall(tt(t0) - L·Δ)}, and the last price at or before it; the planner reads from
 * {@code wall(tt(a) - (L·Δ + max(pre-event, reference max age))) - grace}, where {@code a} is the
 * earliest anchor of a headline published at or after {@code from} (a DAY-precision headline is
 * anchored at its date's open, which may precede {@code from}). The extra
 * {@code max(pre-event, reference max age)} of trading time covers the last price before the grid
 * start. Ticks are read up to the end offsets at plan time.
 *
 * <p>Headlines: record timestamps are publication times, but a producer may stamp them otherwise,
 * so partitions are read from {@code offsetsForTimes(from - margin)} (default one day) to the end,
 * and each headline is kept when its {@code publishedAt} is in the window.
 */
public final class ReplayPlanner {
    public static final Duration DEFAULT_HEADLINE_MARGIN = Duration.ofDays(1);

    private final ReactionSettings settings;
    private final Duration headlineMargin;

    public ReplayPlanner(ReactionSettings settings) {
        this(settings, DEFAULT_HEADLINE_MARGIN);
    }

    public ReplayPlanner(ReactionSettings settings, Duration headlineMargin) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.headlineMargin = Objects.requireNonNull(headlineMargin, "headlineMargin");
        if (headlineMargin.isNegative()) {
            throw new IllegalArgumentException("headline margin must not be negative: " + headlineMargin);
        }
    }

    /** The earliest tick time a reaction of a headline published at or after {@code from} can read. */
    public Instant ticksFrom(Instant from) {
        TradingCalendar calendar = settings.calendar();
        long lookBack = settings.estimationLength() * settings.estimationInterval().toMillis()
                + Math.max(settings.preEvent().toMillis(), settings.referenceMaxAge().toMillis());
        long start = calendar.wall(calendar.tradingTime(earliestAnchor(from)) - lookBack);
        return Instant.ofEpochMilli(start - settings.grace().toMillis());
    }

    /** Where headline partitions are read from. */
    public Instant headlinesFrom(Instant from) {
        return from.minus(headlineMargin);
    }

    /** The plan: ranges from the snapshots looked up at {@link #ticksFrom} and {@link #headlinesFrom}. */
    public ReplayPlan plan(ReplayWindow window, TopicSnapshot ticks, TopicSnapshot headlines) {
        List<String> warnings = new ArrayList<>();
        List<PartitionRange> tickRanges = ranges(ticks, warnings);
        List<PartitionRange> headlineRanges = ranges(headlines, warnings);
        return new ReplayPlan(window, ticks.seekTime(), headlines.seekTime(), tickRanges, headlineRanges, warnings);
    }

    private long earliestAnchor(Instant from) {
        LocalDate date = from.atZone(settings.calendar().zone()).toLocalDate();
        return Math.min(from.toEpochMilli(), settings.calendar().sessionOpen(date));
    }

    private static List<PartitionRange> ranges(TopicSnapshot topic, List<String> warnings) {
        List<PartitionRange> ranges = new ArrayList<>();
        for (PartitionSnapshot p : topic.partitions()) {
            long from = p.seekOffset() < 0 ? p.endOffset()
                    : Math.min(Math.max(p.seekOffset(), p.beginOffset()), p.endOffset());
            boolean empty = from == p.endOffset();
            ranges.add(new PartitionRange(topic.topic(), p.partition(), from, p.endOffset(),
                    empty ? -1 : p.seekTimestamp(), empty ? -1 : p.lastTimestamp()));
            if (p.beginOffset() > 0 && from == p.beginOffset() && p.seekTimestamp() > topic.seekTime().toEpochMilli()) {
                warnings.add(topic.topic() + "-" + p.partition() + " starts at offset " + p.beginOffset() + " ("
                        + Instant.ofEpochMilli(p.seekTimestamp()) + "), after " + topic.seekTime()
                        + ": retention has removed records the replay may need");
            }
        }
        return ranges;
    }
}
