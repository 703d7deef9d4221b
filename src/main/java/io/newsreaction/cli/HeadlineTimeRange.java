package io.newsreaction.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/** The headline-time range {@code [--from, --to)} that {@code reactions} and {@code replay} read ({@code @Mixin}). */
public class HeadlineTimeRange {

    @Option(names = "--from", required = true, paramLabel = "ISO",
            description = "First headline time, e.g. 2025-01-27T14:30:00Z")
    Instant from;

    @Option(names = "--to", required = true, paramLabel = "ISO",
            description = "End of the headline-time range (exclusive)")
    Instant to;

    /** The first headline time of the range. */
    public Instant from() {
        return from;
    }

    /** The end of the range, exclusive. */
    public Instant to() {
        return to;
    }
}
