package io.newsreaction.config;

/**
 * Topic names and how topics are created.
 *
 * @param headlines  input headlines
 * @param ticks      input ticks
 * @param reactions  output reactions (compacted)
 * @param dlq        dead-letter topic for bad input
 * @param partitions partitions of topics the service creates
 * @param autoCreate whether the service creates missing topics at start
 * @param events     output events: reactions grouped by symbol and window start (compacted)
 * @param stats      output cohort statistics (compacted)
 */
public record TopicSettings(
        String headlines, String ticks, String reactions, String dlq, int partitions, boolean autoCreate,
        String events, String stats) {

    /** The default event and stats topic names beside the given ones. */
    public TopicSettings(String headlines, String ticks, String reactions, String dlq, int partitions, boolean autoCreate) {
        this(headlines, ticks, reactions, dlq, partitions, autoCreate, "market.reaction-events", "market.reaction-stats");
    }
}
