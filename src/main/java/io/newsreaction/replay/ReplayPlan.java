package io.newsreaction.replay;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a replay reads from the live input topics: per topic-partition offset ranges of ticks (from
 * the start of the earliest estimation window) and of headlines (filtered by {@code publishedAt}
 * when copied), up to the end offsets at plan time.
 *
 * @param window        the headline window and symbols
 * @param ticksFrom     earliest tick time any reaction of the window can read
 * @param headlinesFrom where headline partitions are read from (window start minus a margin)
 * @param ticks         tick ranges, one per partition
 * @param headlines     headline ranges, one per partition
 * @param warnings      what may make the replay differ from the live run (e.g. retention)
 */
public record ReplayPlan(ReplayWindow window, Instant ticksFrom, Instant headlinesFrom, List<PartitionRange> ticks,
        List<PartitionRange> headlines, List<String> warnings) {

    public ReplayPlan {
        ticks = List.copyOf(ticks);
        headlines = List.copyOf(headlines);
        warnings = List.copyOf(warnings);
    }

    public long tickRecords() {
        return ticks.stream().mapToLong(PartitionRange::count).sum();
    }

    public long headlineRecords() {
        return headlines.stream().mapToLong(PartitionRange::count).sum();
    }

    /** The plan as a table: one line per topic-partition with offsets, record count and time span. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("replay plan: headlines published in ").append(window.describe()).append('\n');
        out.append("  ticks from ").append(ticksFrom)
                .append(" (earliest estimation window, minus grace) to the end offsets now\n");
        out.append("  headlines from ").append(headlinesFrom)
                .append(" (window start minus margin), kept when publishedAt is in the window\n");
        out.append(String.format(Locale.ROOT, "  %-32s %10s %10s %10s  %s%n", "topic-partition", "from", "to", "records",
                "time span"));
        appendRanges(out, ticks);
        appendRanges(out, headlines);
        out.append(String.format(Locale.ROOT, "  total: %,d tick and %,d headline records to read%n", tickRecords(),
                headlineRecords()));
        warnings.forEach(w -> out.append("  warning: ").append(w).append('\n'));
        return out.toString();
    }

    private static void appendRanges(StringBuilder out, List<PartitionRange> ranges) {
        for (PartitionRange r : ranges) {
            out.append(String.format(Locale.ROOT, "  %-32s %10d %10d %10d  %s%n", r.topic() + "-" + r.partition(),
                    r.fromOffset(), r.toOffset(), r.count(), r.span()));
        }
    }
}
