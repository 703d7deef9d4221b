package io.newsreaction.ingest;

import java.time.Duration;
import java.util.Locale;

/**
 * What one {@code ingest} run did, printed as its last line.
 *
 * @param published records published (in one transaction)
 * @param rejected  rows left out by {@code --skip-invalid}
 * @param topic     target topic
 * @param elapsed   from the first serialization to the commit
 */
public record IngestSummary(int published, int rejected, String topic, Duration elapsed) {

    /** Records per second over {@link #elapsed()}, 0 when nothing was published. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return published == 0 || seconds <= 0 ? 0 : published / seconds;
    }

    /** E.g. {@code published 1560 records to market.ticks in one transaction in 0.42 s (3714 records/s), 2 rejected}. */
    public String line() {
        return String.format(Locale.ROOT, "published %d records to %s in one transaction in %.2f s (%.0f records/s), %d rejected",
                published, topic, elapsed.toNanos() / 1e9, rate(), rejected);
    }
}
