package io.newsreaction.ingest;

import java.time.Duration;
import java.util.Locale;

/**
 * What one {@code ingest} run did, printed as its last line.
 *
 * @param published records published (in one transaction)
 * @param rejected  rows left out by {@code --skip-invalid}
 * @param topic     target topic
 * @param working   serializing, sending and committing: what the rate is measured over
 * @param total     also checking the topic and initializing the transactional producer
 */
public record IngestSummary(int published, int rejected, String topic, Duration working, Duration total) {

    /** Records per second over {@link #working()}, 0 when nothing was published. */
    public double rate() {
        double seconds = working.toNanos() / 1e9;
        return published == 0 || seconds <= 0 ? 0 : published / seconds;
    }

    /**
     * E.g. {@code published 1548 records to market.ticks in one transaction (5160 records/s; 0.30 s,
     * 1.10 s in all), 0 rejected}.
     */
    public String line() {
        return String.format(Locale.ROOT,
                "published %d records to %s in one transaction (%.0f records/s; %.2f s, %.2f s in all), %d rejected",
                published, topic, rate(), seconds(working), seconds(total), rejected);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
